# Sourced by bin/test and .ci/run: makes sure Maven, Chromium and its driver are there (the browser tests
# drive Debian's headless Chromium). Missing ones are installed through apt when running as root with
# apt-get; otherwise this stops with the command that installs them.
paperscope_ensure_tools() {
  local need=()
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromedriver ] || need+=(chromium-driver)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "paperscope: installing ${need[*]} (apt-get)" >&2
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; then
      return 0
    fi
    echo "paperscope: apt-get could not install ${need[*]}." >&2
    exit 1
  fi
  echo "paperscope: the tests need ${need[*]}; install them (Debian: sudo apt-get install ${need[*]})," >&2
  echo "  or run bin/test as root, which installs them." >&2
  exit 1
}
paperscope_ensure_tools
