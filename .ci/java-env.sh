# Sourced by ./mvnw, ./ert-storage and .ci/run: picks a JDK 21+ and a Maven, or says what is missing.

ert_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[1-9]* \
      /usr/lib/jvm/java-2[1-9]-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  fi
  return 1
}

ert_select_java() {
  local jdk
  if ! jdk=$(ert_find_jdk); then
    echo "ert-storage needs a JDK 21 or newer (javac included), and none was found:" >&2
    echo "  looked at \$JAVA_HOME, /usr/lib/jvm/* and the javac on PATH." >&2
    echo "  Install one (e.g. a Temurin 21+ JDK) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}

ert_select_maven() {
  if command -v mvn >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Maven is missing; installing Debian's maven package." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven) >&2 || true
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    echo "ert-storage needs Apache Maven 3.8 or newer on PATH, and none was found." >&2
    return 1
  fi
}
