# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# Every step is idempotent and quick when nothing changed.

CAD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CAD_BUILD_DIR=${CAD_BUILD_DIR:-$CAD_ROOT/build}

# Debian 12 packages the build and the tests need (see ../shared notes: qt6-websockets-dev is needed
# by Qt6HttpServer's CMake config; dbus-x11 must NOT be installed for headless keyring tests).
CAD_PACKAGES=(
    cmake g++ ninja-build pkg-config git libssl-dev
    qt6-base-dev qt6-webengine-dev qtkeychain-qt6-dev qt6-networkauth-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
    qt6-translations-l10n libyaml-cpp-dev libxkbcommon-dev
    xvfb xauth dbus gnome-keyring libsecret-tools imagemagick fonts-dejavu-core curl openssl
    nodejs npm ccache clang libclang-rt-14-dev libxml2-utils
    desktop-file-utils appstream lintian dpkg-dev file
)

cad_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cad_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cad_install_packages() {
    local missing=()
    local pkg
    for pkg in "${CAD_PACKAGES[@]}"; do
        # nodejs/npm may come from elsewhere on a developer machine: a working node is enough.
        if [ "$pkg" = nodejs ] || [ "$pkg" = npm ]; then
            command -v "${pkg/nodejs/node}" >/dev/null 2>&1 && continue
        fi
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    cad_log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    cad_as_root apt-get update -qq
    cad_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm packages of the test fixtures, pinned by their package-lock.json files.
cad_install_node_packages() {
    local dir
    for dir in "$CAD_ROOT"/tests/fixtures/*/; do
        [ -f "$dir/package-lock.json" ] || continue
        local stamp="$dir/node_modules/.cad-lock-stamp"
        if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then
            continue
        fi
        cad_log "Installing npm packages in ${dir#"$CAD_ROOT"/}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        cp "$dir/package-lock.json" "$stamp"
    done
}

cad_configure_and_build() {
    local build_type=${CAD_BUILD_TYPE:-Release}
    if [ ! -f "$CAD_BUILD_DIR/build.ninja" ]; then
        cad_log "Configuring ($build_type) in ${CAD_BUILD_DIR#"$CAD_ROOT"/}"
        cmake -S "$CAD_ROOT" -B "$CAD_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
    fi
    cad_log "Building"
    cmake --build "$CAD_BUILD_DIR" --parallel "$(nproc)"
}

# Environment for headless GUI and WebEngine runs.
cad_headless_env() {
    export QT_QPA_PLATFORM=offscreen
    export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking --disable-component-update --no-first-run"
    if [ "$(id -u)" -eq 0 ]; then
        export QTWEBENGINE_DISABLE_SANDBOX=1
    fi
    unset DISPLAY WAYLAND_DISPLAY
}
