# Installs what Rapport needs on a brand-new machine of this kind, only when it is missing.
# Source this file, then call the ensure_* functions.

export npm_config_nodedir=${npm_config_nodedir:-/usr}
export npm_config_build_from_source=${npm_config_build_from_source:-true}
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# npm packages: `npm ci` when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  local marker=node_modules/.package-lock.json
  if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ] || [ ! -e node_modules/better-sqlite3/build/Release/better_sqlite3.node ]; then
    echo "[rapport] installing npm packages (npm ci)…" >&2
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

apt_updated=
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >&2 || true; apt_updated=1; fi
  as_root apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Debian's Chromium for the browser tests (never a downloaded browser).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "[rapport] installing Chromium (Debian packages chromium, chromium-driver)…" >&2
    apt_install chromium chromium-driver fonts-dejavu-core
  fi
}

# The web app's production build, rebuilt when its sources (or the contracts and core it imports)
# are newer than the build.
ensure_web_build() {
  [ -f packages/web/vite.config.ts ] || return 0
  local out=packages/web/dist/index.html
  if [ ! -f "$out" ] || [ -n "$(find packages/web/src packages/web/index.html packages/contracts/src packages/core/src -newer "$out" -print -quit 2>/dev/null)" ]; then
    echo "[rapport] building the web app…" >&2
    npx vite build --config packages/web/vite.config.ts --logLevel warn >&2
  fi
}
