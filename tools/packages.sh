# Sourced by .ci/run and the end-to-end checks (listen_check.sh, tray_reminder_check.sh):
# one way to find the Debian packages a machine lacks and to install them, as root.

# missing_packages PACKAGE...: print each package that is not installed, one a line.
missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || echo "$package"
  done
}

# install_missing WHO PACKAGE...: install what is missing; not root, say what WHO needs
# and return 2 (a person runs it with sudo, CI runs it as root).
install_missing() {
  local who=$1
  shift
  local missing
  mapfile -t missing < <(missing_packages "$@")
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "$who: needs ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    return 2
  fi
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
