# Sourced by ./storytrace and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Looks at JAVA_HOME first, then every JDK under /usr/lib/jvm (newest first), then `java` on PATH.

storytrace_java_version() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

storytrace_find_jdk() {
  local candidate version best="" best_version=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for candidate in /usr/lib/jvm/*; do [ -d "$candidate" ] && candidates+=("$candidate"); done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in "${candidates[@]}"; do
    version=$(storytrace_java_version "$candidate")
    [ -n "$version" ] && [ "$version" -ge 21 ] || continue
    # A JAVA_HOME that qualifies wins; otherwise take the newest JDK found.
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then best="$candidate"; best_version="$version"; break; fi
    if [ "$version" -gt "$best_version" ]; then best="$candidate"; best_version="$version"; fi
  done
  if [ -z "$best" ]; then
    echo "storytrace: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, and javac on PATH)." >&2
    echo "storytrace: install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  STORYTRACE_JAVA_MAJOR="$best_version"
}
