# Sourced by the launchers: selects a JDK 25 (or newer) and exports JAVA_HOME, or exits with a clear message.
# The machine's default java may be older; we never fall back to it.
paperscope_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'
}

paperscope_select_jdk() {
  local candidate major
  for candidate in "${PAPERSCOPE_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* \
                   /usr/lib/jvm/*-25* /usr/lib/jvm/temurin-2[6-9]* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(paperscope_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "paperscope: JDK 25 or newer is required but none was found." >&2
  echo "  Looked at \$PAPERSCOPE_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm/*." >&2
  echo "  Install Temurin 25 into /usr/lib/jvm, or set PAPERSCOPE_JAVA_HOME to a JDK 25 folder." >&2
  exit 1
}

paperscope_select_jdk
export PATH="$JAVA_HOME/bin:$PATH"
# Maven itself runs on the selected JDK; silence its library's Unsafe warnings on JDK 24+.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
