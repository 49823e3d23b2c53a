#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine:
#   ./setup.sh app    install what is missing, build (release) and launch Interleave
#   ./setup.sh test   install what is missing, then build and run the whole test suite:
#                     every test under AddressSanitizer + UBSan, the core tests under ThreadSanitizer
set -euo pipefail
cd "$(dirname "$0")"

# Keep this list true: the README repeats it.
PACKAGES=(
    build-essential cmake ninja-build git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev rapidjson-dev
    xvfb xauth
    python3-uvloop
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

runtime_dir() {
    # Qt wants a private runtime directory; tests and headless runs get one of their own.
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
        export XDG_RUNTIME_DIR="$PWD/build/xdg-runtime"
        mkdir -p "$XDG_RUNTIME_DIR"
        chmod 0700 "$XDG_RUNTIME_DIR"
    fi
}

case "${1:-app}" in
app)
    install_missing
    cmake --preset release
    cmake --build --preset release
    runtime_dir
    exec ./build/release/bin/interleave "${@:2}"
    ;;
test)
    install_missing
    runtime_dir
    export QT_QPA_PLATFORM=offscreen
    cmake --workflow --preset ci
    cmake --preset tsan
    cmake --build --preset tsan
    ctest --preset tsan
    ;;
*)
    echo "usage: ./setup.sh [app|test]" >&2
    exit 2
    ;;
esac
