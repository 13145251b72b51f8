#!/usr/bin/env python3
# check-manifests.py: the Flatpak manifests, checked where the GNOME runtime cannot be had
#
# flatpak-builder would reject a malformed manifest, but it needs the runtime, which cannot be
# downloaded on every machine that runs `make check`. This reads each manifest as
# flatpak-builder does (JSON; a module may be a file name) and checks what a reviewer would:
# the keys flatpak-builder needs, the application id meson gives that profile, narrow
# permissions (no home or host file system, Wayland with the X11 fallback), every source of
# every module pinned (a git commit, or an archive's or file's SHA-256) so a build is the same
# build everywhere, the project itself as the only local "dir" source, and the profile the
# manifest builds.
#
#   check-manifests.py --release-id ID --devel-id ID RELEASE.json DEVEL.json
#   check-manifests.py --self-test RELEASE.json DEVEL.json   (each kind of mistake is caught)
#
# Only the standard library: python3 with json.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import copy
import json
import os
import re
import sys

REQUIRED_KEYS = ('runtime', 'runtime-version', 'sdk', 'command', 'finish-args', 'modules')
# What the window needs, and nothing that reaches the person's files: the database lives in the
# application's own data folder and the publish folder comes through the file chooser portal.
REQUIRED_ARGS = ('--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri')
FORBIDDEN_FILESYSTEMS = ('home', 'host', 'host-os', 'host-etc', '/', '~')
FORBIDDEN_ARGS = (
    '--socket=x11',            # X11 only as the fallback when there is no Wayland
    '--device=all',
    '--talk-name=org.freedesktop.Flatpak',  # runs commands outside the sandbox
)
PROJECT_MODULE = 'hubrota'
HEX40 = re.compile(r'^[0-9a-f]{40}$')
HEX64 = re.compile(r'^[0-9a-f]{64}$')
# Sources that fetch nothing: what they hold is in the manifest or in this repository.
LOCAL_TYPES = ('shell', 'script', 'inline')


def filesystem_of(arg):
    """'--filesystem=home:ro' gives 'home'; anything else None."""
    for prefix in ('--filesystem=', '--filesystem '):
        if arg.startswith(prefix):
            value = arg[len(prefix):]
            return value.split(':', 1)[0]
    return None


def is_broad_filesystem(value):
    value = value.rstrip('/') or '/'
    if value in FORBIDDEN_FILESYSTEMS:
        return True
    # home/Documents, ~/x, xdg-... subfolders are narrower, but Hubrota needs none of them.
    return value.startswith(('home/', '~/', '/'))


def load_modules(modules, base_dir, problems, where):
    """The modules, with those given as file names read from beside the manifest."""
    loaded = []
    for index, module in enumerate(modules):
        if isinstance(module, str):
            path = os.path.join(base_dir, module)
            try:
                with open(path, encoding='utf-8') as f:
                    module = json.load(f)
            except (OSError, ValueError) as e:
                problems.append('%s: module %d (%s) cannot be read: %s' % (where, index, path, e))
                continue
        if not isinstance(module, dict):
            problems.append('%s: module %d is neither an object nor a file name' % (where, index))
            continue
        loaded.append(module)
    return loaded


def check_source(source, module_name, base_dir, repo_root, problems, where):
    if isinstance(source, str):
        problems.append('%s: a source given as the file %s is not checked; write it inline'
                        % (where, source))
        return
    kind = source.get('type')
    if kind == 'git':
        commit = source.get('commit', '')
        if not HEX40.match(commit):
            problems.append('%s: git source %s is not pinned to a commit (40 hex digits), has %r'
                            % (where, source.get('url'), commit))
        if 'branch' in source:
            problems.append('%s: git source %s follows a branch' % (where, source.get('url')))
    elif kind in ('archive', 'file'):
        if 'url' not in source and 'path' not in source:
            problems.append('%s: %s source with neither url nor path' % (where, kind))
        if 'url' in source or 'mirror-urls' in source:
            sha256 = source.get('sha256', '')
            if not HEX64.match(sha256):
                problems.append('%s: %s source %s has no sha256 of 64 hex digits (has %r)'
                                % (where, kind, source.get('url'), sha256))
        else:
            inside_repository(source['path'], base_dir, repo_root, problems, where)
    elif kind == 'patch':
        if 'path' in source:
            inside_repository(source['path'], base_dir, repo_root, problems, where)
        elif 'paths' in source:
            for path in source['paths']:
                inside_repository(path, base_dir, repo_root, problems, where)
        else:
            problems.append('%s: patch source without a path in this repository' % where)
    elif kind == 'dir':
        if module_name != PROJECT_MODULE:
            problems.append('%s: a "dir" source is only for the project itself (module %s), '
                            'not module %s' % (where, PROJECT_MODULE, module_name))
        elif os.path.realpath(os.path.join(base_dir, source.get('path', ''))) != repo_root:
            problems.append('%s: the project\'s "dir" source %r is not the repository\'s top'
                            % (where, source.get('path')))
    elif kind in LOCAL_TYPES:
        pass
    else:
        problems.append('%s: source type %r cannot be checked for pinning' % (where, kind))


def inside_repository(path, base_dir, repo_root, problems, where):
    real = os.path.realpath(os.path.join(base_dir, path))
    if not (real == repo_root or real.startswith(repo_root + os.sep)) or not os.path.exists(real):
        problems.append('%s: local file %s is not in this repository' % (where, path))


def check_modules(modules, base_dir, repo_root, problems, where, found):
    for module in load_modules(modules, base_dir, problems, where):
        name = module.get('name')
        here = '%s: module %s' % (where, name)
        if not isinstance(name, str) or not name:
            problems.append('%s: a module has no name' % where)
            continue
        found[name] = module
        sources = module.get('sources')
        if not isinstance(sources, list) or not sources:
            problems.append('%s has no sources' % here)
            sources = []
        for source in sources:
            check_source(source, name, base_dir, repo_root, problems, here)
        check_modules(module.get('modules', []), base_dir, repo_root, problems, here, found)


def check_manifest(manifest, path, expected_id, profile, repo_root):
    """The problems with one manifest, each a line of text; none when it is sound."""
    problems = []
    where = os.path.basename(path)
    base_dir = os.path.dirname(os.path.abspath(path))

    if not isinstance(manifest, dict):
        return ['%s: not a JSON object' % where]
    app_id = manifest.get('id', manifest.get('app-id'))
    if app_id is None:
        problems.append('%s: no "id" (or "app-id")' % where)
    elif app_id != expected_id:
        problems.append('%s: id %s, but meson gives the %s profile %s'
                        % (where, app_id, profile, expected_id))
    if os.path.splitext(os.path.basename(path))[0] != expected_id:
        problems.append('%s: the file is not named after %s' % (where, expected_id))
    for key in REQUIRED_KEYS:
        if key not in manifest:
            problems.append('%s: no "%s"' % (where, key))
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('%s: not on the GNOME runtime (org.gnome.Platform, org.gnome.Sdk)' % where)
    version = str(manifest.get('runtime-version', ''))
    if not re.match(r'^[0-9]+$', version) or int(version) < 47:
        problems.append('%s: runtime-version %r is not a current GNOME runtime' % (where, version))
    if manifest.get('command') != 'hubrota':
        problems.append('%s: command is %r, not hubrota' % (where, manifest.get('command')))

    args = manifest.get('finish-args', [])
    if not isinstance(args, list):
        problems.append('%s: finish-args is not a list' % where)
        args = []
    for arg in REQUIRED_ARGS:
        if arg not in args:
            problems.append('%s: finish-args lacks %s' % (where, arg))
    for arg in args:
        filesystem = filesystem_of(arg)
        if filesystem is not None and is_broad_filesystem(filesystem):
            problems.append('%s: %s reaches the person\'s files; the file chooser portal '
                            'grants what Hubrota needs' % (where, arg))
        if arg in FORBIDDEN_ARGS:
            problems.append('%s: %s is not needed' % (where, arg))

    modules = manifest.get('modules', [])
    if not isinstance(modules, list) or not modules:
        problems.append('%s: "modules" is not a non-empty list' % where)
        modules = []
    found = {}
    check_modules(modules, base_dir, repo_root, problems, where, found)

    libical = found.get('libical')
    if libical is None:
        problems.append('%s: no libical module (the runtime has none)' % where)
    else:
        tags = [s.get('tag', '') + s.get('url', '') for s in libical.get('sources', [])
                if isinstance(s, dict)]
        if not any('3.0.18' in t for t in tags):
            problems.append('%s: libical is not 3.0.18' % where)

    project = found.get(PROJECT_MODULE)
    if project is None:
        problems.append('%s: no %s module' % (where, PROJECT_MODULE))
    else:
        if modules and isinstance(modules[-1], dict) and modules[-1].get('name') != PROJECT_MODULE:
            problems.append('%s: %s is not the last module' % (where, PROJECT_MODULE))
        if project.get('buildsystem') != 'meson':
            problems.append('%s: %s is not built with meson' % (where, PROJECT_MODULE))
        if project.get('run-tests') is not True:
            problems.append('%s: %s does not set "run-tests": true' % (where, PROJECT_MODULE))
        opts = project.get('config-opts', [])
        given = [o.split('=', 1)[1] for o in opts if o.startswith('-Dprofile=')]
        if profile == 'development' and given != ['development']:
            problems.append('%s: the development manifest does not pass -Dprofile=development '
                            '(has %s)' % (where, given or 'none'))
        if profile == 'default' and given not in ([], ['default']):
            problems.append('%s: the release manifest builds the %s profile' % (where, given))
    return problems


def read(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def self_test(release_path, devel_path, repo_root):
    """Every kind of mistake, made in a copy of a sound manifest, must be reported."""
    release = read(release_path)
    devel = read(devel_path)
    release_id = release.get('id', release.get('app-id'))
    devel_id = devel.get('id', devel.get('app-id'))

    def project(m):
        return [x for x in m['modules'] if isinstance(x, dict) and x.get('name') == PROJECT_MODULE][0]

    def first_git(m):
        for x in m['modules']:
            for s in x.get('sources', []):
                if isinstance(s, dict) and s.get('type') == 'git':
                    return s
        raise AssertionError('no git source to break')

    def set_key(key, value):
        return lambda m: m.__setitem__(key, value)

    mistakes = [
        ('no runtime', lambda m: m.pop('runtime')),
        ('no runtime-version', lambda m: m.pop('runtime-version')),
        ('no sdk', lambda m: m.pop('sdk')),
        ('no command', lambda m: m.pop('command')),
        ('no finish-args', lambda m: m.pop('finish-args')),
        ('no modules', lambda m: m.pop('modules')),
        ('no id', lambda m: (m.pop('id', None), m.pop('app-id', None))),
        ('another id', set_key('id', 'org.example.Other')),
        ('an old runtime', set_key('runtime-version', '3.38')),
        ('home', lambda m: m['finish-args'].append('--filesystem=home')),
        ('host read-only', lambda m: m['finish-args'].append('--filesystem=host:ro')),
        ('root', lambda m: m['finish-args'].append('--filesystem=/')),
        ('a home subfolder', lambda m: m['finish-args'].append('--filesystem=~/Public')),
        ('plain X11', lambda m: m['finish-args'].append('--socket=x11')),
        ('no Wayland', lambda m: m['finish-args'].remove('--socket=wayland')),
        ('git without commit', lambda m: first_git(m).pop('commit')),
        ('git short commit', lambda m: first_git(m).__setitem__('commit', 'abc123')),
        ('archive without sha256', lambda m: m['modules'].insert(0, {
            'name': 'extra', 'sources': [{'type': 'archive', 'url': 'https://example.org/x.tar.gz'}]})),
        ('file with a short sha256', lambda m: m['modules'].insert(0, {
            'name': 'extra', 'sources': [{'type': 'file', 'url': 'https://example.org/x',
                                          'sha256': 'deadbeef'}]})),
        ('nested module unpinned', lambda m: m['modules'][0].setdefault('modules', []).append({
            'name': 'nested', 'sources': [{'type': 'git', 'url': 'https://example.org/n.git',
                                           'branch': 'main'}]})),
        ('dir source for a dependency', lambda m: m['modules'].insert(0, {
            'name': 'extra', 'sources': [{'type': 'dir', 'path': '/usr/src/extra'}]})),
        ('unknown source type', lambda m: m['modules'].insert(0, {
            'name': 'extra', 'sources': [{'type': 'svn', 'url': 'svn://example.org/x'}]})),
        ('no run-tests', lambda m: project(m).pop('run-tests')),
        ('no libical', lambda m: m.__setitem__('modules', [x for x in m['modules']
                                                          if x.get('name') != 'libical'])),
    ]
    failures = 0
    count = 0
    for target, path, expected, profile in ((release, release_path, release_id, 'default'),
                                            (devel, devel_path, devel_id, 'development')):
        if check_manifest(target, path, expected, profile, repo_root):
            print('not ok - the sound %s manifest is reported' % profile)
            failures += 1
        for name, mistake in mistakes:
            broken = copy.deepcopy(target)
            mistake(broken)
            count += 1
            problems = check_manifest(broken, path, expected, profile, repo_root)
            if problems:
                print('ok - %s (%s): %s' % (name, profile, problems[0]))
            else:
                print('not ok - %s (%s) passes' % (name, profile))
                failures += 1
    # The profiles the other way round.
    broken = copy.deepcopy(devel)
    project(broken)['config-opts'] = [o for o in project(broken)['config-opts']
                                      if not o.startswith('-Dprofile=')]
    count += 1
    if check_manifest(broken, devel_path, devel_id, 'development', repo_root):
        print('ok - the development manifest without -Dprofile=development')
    else:
        print('not ok - the development manifest without -Dprofile=development passes')
        failures += 1
    broken = copy.deepcopy(release)
    project(broken)['config-opts'].append('-Dprofile=development')
    count += 1
    if check_manifest(broken, release_path, release_id, 'default', repo_root):
        print('ok - the release manifest with -Dprofile=development')
    else:
        print('not ok - the release manifest with -Dprofile=development passes')
        failures += 1
    print('%d of %d mistakes missed' % (failures, count))
    return failures == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--release-id')
    parser.add_argument('--devel-id')
    parser.add_argument('--repo-root', default=os.path.join(os.path.dirname(__file__), '..', '..'))
    parser.add_argument('--self-test', action='store_true')
    parser.add_argument('release')
    parser.add_argument('devel')
    options = parser.parse_args()
    repo_root = os.path.realpath(options.repo_root)

    if options.self_test:
        return 0 if self_test(options.release, options.devel, repo_root) else 1

    problems = []
    for path, expected, profile in ((options.release, options.release_id, 'default'),
                                    (options.devel, options.devel_id, 'development')):
        try:
            manifest = read(path)
        except (OSError, ValueError) as e:
            problems.append('%s: cannot be read as JSON: %s' % (path, e))
            continue
        problems += check_manifest(manifest, path, expected, profile, repo_root)
    for problem in problems:
        print(problem)
    if not problems:
        print('both manifests are sound')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
