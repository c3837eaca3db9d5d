#!/usr/bin/env bash
# The .deb as a city IT section gets it: built by CPack from the build tree, unpacked into a
# scratch root (dpkg -x) and run from there — both programs report their version, the window
# starts offscreen with a register of its own — and its desktop entry and AppStream metainfo
# validate. Usage: tst_debian_package.sh BUILD_DIR
set -euo pipefail

build="$(realpath "${1:?build dir}")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$scratch" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$scratch"/out/daicho_*.deb)"
[[ -f "$deb" ]] || fail "no daicho_*.deb"

depends="$(dpkg-deb -f "$deb" Depends)"
for needed in qt6-qpa-plugins libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libsodium23; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

root="$scratch/root"
dpkg -x "$deb" "$root"
for f in usr/bin/daicho usr/bin/daicho-cli usr/share/applications/org.daicho.Daicho.desktop \
         usr/share/metainfo/org.daicho.Daicho.metainfo.xml usr/share/icons/hicolor/scalable/apps/daicho.svg \
         usr/share/icons/hicolor/256x256/apps/daicho.png usr/share/man/man1/daicho-cli.1.gz; do
    [[ -e "$root/$f" ]] || fail "the package lacks /$f"
done

version="$(grep -m1 'CPACK_PACKAGE_VERSION "' "$build/CPackConfig.cmake" | sed 's/.*"\(.*\)".*/\1/')"
[[ "$("$root/usr/bin/daicho-cli" --version)" == *"$version"* ]] || fail "daicho-cli --version"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config"
export QT_QPA_PLATFORM=offscreen DAICHO_LANG=ja
[[ "$("$root/usr/bin/daicho" --version)" == *"$version"* ]] || fail "daicho --version"
"$root/usr/bin/daicho" --check >"$scratch/check.log" 2>&1 || { cat "$scratch/check.log" >&2; fail "daicho --check"; }
[[ -f "$XDG_DATA_HOME/Daicho/daicho/register.sqlite" ]] || fail "the first start made no register"
# Whole outputs, not pipes into grep -q: under pipefail the writer's SIGPIPE would fail the test.
stats="$("$root/usr/bin/daicho-cli" stats)" || fail "the installed CLI cannot read the register the window made"
[[ "$stats" == *組織* ]] || fail "daicho-cli stats: $stats"
manual="$(zcat "$root/usr/share/man/man1/daicho-cli.1.gz")"
[[ "$manual" == *verify-audit* ]] || fail "man page"

desktop-file-validate "$root/usr/share/applications/org.daicho.Daicho.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.daicho.Daicho.metainfo.xml" ||
    fail "appstreamcli validate"
echo "ok: $(basename "$deb") ($(du -h "$deb" | cut -f1)), Depends: $depends"
