# A thin front door onto meson: `make run` and `make check` do all the set-up themselves.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
DEMO_DB    ?= $(BUILD)/demo.db
MESON_ARGS ?=

.PHONY: all deps build run check test asan bench fuzz clean

all: build

deps:
	@build-aux/install-deps

$(BUILD)/build.ninja: | deps
	meson setup $(BUILD) -Dwerror=true $(MESON_ARGS)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

$(DEMO_DB): | build
	$(BUILD)/app/cli/hubrota-cli --database $(DEMO_DB) init --demo

run: build $(DEMO_DB)
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data HUBROTA_LOCALEDIR=$(BUILD)/po $(BUILD)/app/hubrota --database $(DEMO_DB)

# Everything headless: the GUI tests get their own X server and session bus.
test: build
	xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs

# The core and the CLI once more with AddressSanitizer and UBSan, so memory errors fail CI.
asan: deps
	[ -f $(ASAN_BUILD)/build.ninja ] || \
	  meson setup $(ASAN_BUILD) -Dgui=false -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=true
	meson compile -C $(ASAN_BUILD)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  meson test -C $(ASAN_BUILD) --print-errorlogs

# Both builds' tests, then how long the whole run took (the README's testing section keeps
# the figure).
check:
	@start=$$(date +%s); status=0; \
	$(MAKE) --no-print-directory test asan || status=$$?; \
	elapsed=$$(( $$(date +%s) - start )); \
	if [ $$status -eq 0 ]; then result=passed; else result=FAILED; fi; \
	echo "make check: $$result in $$(( elapsed / 60 )) min $$(( elapsed % 60 )) s"; \
	exit $$status

# Figures for a county-sized year (2,000 officers, 60 hubs, 52 weeks): loading, a full check,
# "would cause" per officer and opening, suggestions, the workspace; then auto-fill beside CBC
# and GLPK on forces of 100 to 2,000 officers; issue 14's targets on generated forces of 500 to
# 32,000 officers; the store's reads of one officer or hub at 20,000 officers; then the window
# on the same size of database, and its first frame beside a bare libadwaita window's. Not part
# of check: it only measures.
bench: build
	$(BUILD)/tests/bench-rota
	$(BUILD)/tests/bench-autofill
	$(BUILD)/tests/bench-force
	$(BUILD)/tests/bench-store
	HUBROTA_TEST_KILLS=50 $(BUILD)/tests/cli/test-cli-kill
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data GSETTINGS_BACKEND=memory \
	  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- $(BUILD)/tests/gui/bench-window
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data GSETTINGS_BACKEND=memory \
	  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- $(BUILD)/tests/gui/bench-first-frame

# Each fuzz target under libFuzzer with ASan and UBSan for FUZZ_SECONDS; what it finds lands in
# $(FUZZ_BUILD)/found/TARGET (copy a crasher into tests/fuzz/corpus/TARGET to keep it tested).
fuzz: deps
	command -v clang >/dev/null || apt-get install -y clang
	[ -f $(FUZZ_BUILD)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILD) -Dgui=false -Dfuzz=true \
	  -Db_sanitize=address,undefined -Db_lundef=false
	meson compile -C $(FUZZ_BUILD)
	for t in datetime rrule csv ical; do \
	  mkdir -p $(FUZZ_BUILD)/found/$$t && \
	  TZ=Europe/London $(FUZZ_BUILD)/tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	    $(FUZZ_BUILD)/found/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
