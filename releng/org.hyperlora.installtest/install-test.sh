#!/usr/bin/env bash
# The install test (issue 8), run by `./mvnw verify` in this module's integration-test phase (see pom.xml),
# after the update site, the stock platform and the HyperLoRA Workbench product are built. By hand, after a
# build: bash releng/org.hyperlora.installtest/install-test.sh
#
# 1. Stock Eclipse platform (2024-12, releng/org.hyperlora.platform), in a copy of the materialized product:
#    a. installing our features from the update site alone must fail with p2's own message, because EMF
#       Edit (required, not included) is missing, and must leave the installation exactly as it was;
#    b. the p2 director installs both features from the site plus the platform's repository;
#    c. the installed `hyperlora` application (org.hyperlora.app.hyperlora) validates examples/burgers.hyperlora,
#       reports a broken copy of it, and solves it on a grid (numbers checked against u(x, 0) = -sin(pi x));
#    d. uninstalling both features (director, then p2's garbage collector) leaves the installation as it was.
# 2. The same against the newest Eclipse platform release on Maven Central, built here by a nested Maven
#    run with -Pnewest-platform, when a JDK 21 or newer is present (HYPERLORA_NEWEST_JDK, default
#    /usr/lib/jvm/temurin-25-jdk-amd64); skipped with a message otherwise, or with HYPERLORA_INSTALLTEST_NEWEST=skip.
# 3. HyperLoRA Workbench (releng/org.hyperlora.workbench), in a copy with the test-only bundle
#    org.hyperlora.ui.selftest added: started on a display (xvfb-run when DISPLAY is unset), its window
#    found by title (xwininfo), examples/burgers.hyperlora opened in the study editor, a screenshot saved
#    under target/workbench/. Skipped with a message when there is neither a display nor xvfb-run.
#
# Environment (set by the pom): INSTALLTEST_OUT (output folder), INSTALLTEST_JAVA (java for the 2024-12
# platform and the workbench), INSTALLTEST_MAVEN_REPO (the local repository of the nested build).
# Ends with one line 'installtest: N passed, N failed, N skipped'; exit 1 when a check failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${INSTALLTEST_OUT:-$here/target}
java_default=${INSTALLTEST_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
site="$root/releng/org.hyperlora.site/target/repository"
example="$root/examples/burgers.hyperlora"
features=org.hyperlora.feature.feature.group,org.hyperlora.ui.feature.feature.group
mkdir -p "$out"

passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); echo "installtest: PASS $*"; }
fail() { failed=$((failed + 1)); echo "installtest: FAIL $*"; }
skip() { skipped=$((skipped + 1)); echo "installtest: SKIP $*"; }

# --- helpers ---------------------------------------------------------------------------------------------

java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# JVM options for a java: Java 24+ warns about javacpp's System.load and Equinox's sun.misc.Unsafe unless allowed
vm_options() {
  local feature
  feature=$(java_feature "$1")
  vm=(-Xmx2g)
  if [ -n "$feature" ] && [ "${feature%%.*}" -ge 24 ]; then
    vm+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
  fi
}

# launch JAVA INSTALLATION ARGS...: starts an Eclipse installation through its equinox launcher jar
launch() {
  local java=$1 install=$2 launcher
  shift 2
  launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  vm_options "$java"
  # headless: the command line and the director must not need a screen (CI runs the build on a virtual one)
  env -u DISPLAY -u WAYLAND_DISPLAY "$java" "${vm[@]}" -jar "$launcher" -nosplash -consoleLog "$@"
}

# on_screen COMMAND...: runs a command on the screen there is (as X11: xwininfo and the screenshot need it),
# or on a virtual one; returns 125 when there is neither
on_screen() {
  if [ -n "${DISPLAY:-}" ]; then
    env -u WAYLAND_DISPLAY GDK_BACKEND=x11 "$@"
  elif command -v xvfb-run > /dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
  else
    return 125
  fi
}

# selftest_jar: the test-only bundle that opens a study in the running workbench and takes a screenshot
selftest_jar() {
  ls "$root"/bundles/org.hyperlora.ui.selftest/target/org.hyperlora.ui.selftest-*.jar 2>/dev/null | grep -v sources | head -n 1 || true
}

# director JAVA INSTALLATION PROFILE ARGS...: the p2 director, run inside the installation it provisions
director() {
  local java=$1 install=$2 profile=$3
  shift 3
  launch "$java" "$install" -data "$install/../ws-director" -application org.eclipse.equinox.p2.director \
    -destination "$install" -profile "$profile" "$@"
}

latest_profile() { # INSTALLATION PROFILE: the newest state of the p2 profile
  ls -1 "$1/p2/org.eclipse.equinox.p2.engine/profileRegistry/$2.profile/" | grep '\.profile' | sort | tail -n 1 \
    | sed "s|^|$1/p2/org.eclipse.equinox.p2.engine/profileRegistry/$2.profile/|"
}

# state INSTALLATION PROFILE: what changes when software is installed or removed (files in plugins/ and
# features/, the bundles the launcher starts, config.ini's settings, the profile's installable units)
state() {
  local install=$1 profile=$2
  echo "# plugins/, features/"
  (cd "$install" && find plugins features -mindepth 1 -maxdepth 1 -printf '%p\n' 2>/dev/null | sort) || true
  echo "# bundles.info"
  { grep -v '^#' "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" || true; } | sort
  echo "# config.ini"
  # p2 rewrites eclipse.p2.data.area with a trailing slash when it saves config.ini: the same folder
  { grep -v '^#' "$install/configuration/config.ini" || true; } | sed 's|^\(eclipse.p2.data.area=.*\)/$|\1|' | sort
  echo "# platform.xml features"
  if [ -f "$install/configuration/org.eclipse.update/platform.xml" ]; then
    { grep -o '<feature [^>]*>' "$install/configuration/org.eclipse.update/platform.xml" || true; } | sort
  fi
  echo "# profile units"
  { zcat -f "$(latest_profile "$install" "$profile")" | grep -o "<unit id='[^']*' version='[^']*'" || true; } | sort
}

# state_complete FILE: a state with its bundles and profile units (an empty one would compare equal to anything)
state_complete() {
  [ "$(sed -n '/^# bundles.info/,/^# config.ini/p' "$1" | wc -l)" -gt 20 ] \
    && [ "$(sed -n '/^# profile units/,$p' "$1" | wc -l)" -gt 20 ]
}

# expect_same NAME FILE_BEFORE FILE_AFTER
expect_same() {
  if ! state_complete "$2" || ! state_complete "$3"; then
    fail "$1: the state of the installation could not be read (no bundles.info or profile units in $2 or $3)"
    return
  fi
  if diff -u "$2" "$3" > "$3.diff"; then
    pass "$1"
  else
    fail "$1; the differences:"
    head -n 40 "$3.diff"
  fi
}

# installed_ide_check LABEL JAVA INSTALLATION WORK: the IDE with our features as p2 installed them opens a study in
# the study editor; the test-only bundle joins bundles.info for this start only and is taken out again after it
installed_ide_check() {
  local label=$1 java=$2 install=$3 work=$4 jar version info launcher rc
  jar=$(selftest_jar)
  if [ -z "$jar" ]; then
    fail "$label: the org.hyperlora.ui.selftest jar is missing (run ./mvnw verify)"
    return
  fi
  info="$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
  cp "$info" "$work/bundles.info.saved"
  cp "$jar" "$install/plugins/org.hyperlora.ui.selftest_$version.jar"
  echo "org.hyperlora.ui.selftest,$version,plugins/org.hyperlora.ui.selftest_$version.jar,4,false" >> "$info"
  cp "$example" "$work/ide-burgers.hyperlora"
  vm_options "$java"
  launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  rc=0
  HYPERLORA_SELFTEST="$work/ide-burgers.hyperlora" HYPERLORA_SELFTEST_SCREENSHOT="$work/ide-burgers.png" \
    HYPERLORA_SELFTEST_RESULT="$work/ide-selftest.txt" HYPERLORA_SELFTEST_TITLE="Eclipse Platform" \
    on_screen timeout 300 "$java" "${vm[@]}" -jar "$launcher" -nosplash -consoleLog -data "$work/ws-ide" \
    > "$work/ide.log" 2>&1 || rc=$?
  cp "$work/bundles.info.saved" "$info" # the installation as p2 left it
  rm -f "$install/plugins/org.hyperlora.ui.selftest_$version.jar"
  if [ "$rc" -eq 125 ]; then
    skip "$label: no screen and no xvfb-run: the study editor was not started in the installed IDE"
  elif [ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/ide-selftest.txt" 2>/dev/null)" = PASSED ]; then
    pass "$label: the installed IDE opens examples/burgers.hyperlora: $(sed -n 3p "$work/ide-selftest.txt")"
  else
    fail "$label: the installed IDE with the study editor: exit $rc; report $work/ide-selftest.txt:"
    cat "$work/ide-selftest.txt" 2>/dev/null || tail -n 40 "$work/ide.log"
  fi
}

# --- 1, 2: install into a stock platform -----------------------------------------------------------------

# platform_round LABEL JAVA PLATFORM_INSTALLATION PLATFORM_REPOSITORY
platform_round() {
  local label=$1 java=$2 product=$3 repo=$4
  local work="$out/$label" install log rc profile version
  if [ ! -d "$product/plugins" ] || [ ! -d "$site" ] || [ ! -d "$repo" ]; then
    fail "$label: build output missing (need $product, $site, $repo; run ./mvnw verify)"
    return
  fi
  rm -rf "$work"
  mkdir -p "$work"
  install="$work/eclipse"
  cp -a "$product" "$install"
  profile=$(sed -n 's/^eclipse.p2.profile=//p' "$install/configuration/config.ini")
  profile=${profile:-DefaultProfile}
  version=$(ls "$install/plugins" | sed -n 's/^org\.eclipse\.platform_\([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p' | head -n 1 || true)
  echo "installtest: $label: Eclipse platform ${version:-?} on $("$java" -version 2>&1 | head -n 1), in $install"
  state "$install" "$profile" > "$work/state-0-before.txt"

  # a. only our site: EMF Edit is missing, p2 must refuse and change nothing
  log="$work/1-install-without-emf-edit.log"
  rc=0
  director "$java" "$install" "$profile" -repository "file:$site" -installIU "$features" > "$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] \
      && grep -q 'Cannot complete the install because one or more required items could not be found' "$log" \
      && grep -q 'org.eclipse.emf.edit' "$log"; then
    pass "$label: install without EMF Edit is refused by p2 (exit $rc):"
    grep -A 3 'Cannot complete the install' "$log" | sed 's/^/    /'
  else
    fail "$label: install without EMF Edit: exit $rc, expected p2's 'Cannot complete the install' naming org.eclipse.emf.edit (log $log):"
    tail -n 30 "$log"
  fi
  state "$install" "$profile" > "$work/state-1-after-refused.txt"
  expect_same "$label: the refused install left no trace (plugins, features, bundles.info, config.ini, profile)" \
    "$work/state-0-before.txt" "$work/state-1-after-refused.txt"

  # b. our site plus the platform's repository (EMF Edit): the director installs both features
  log="$work/2-install.log"
  rc=0
  director "$java" "$install" "$profile" -repository "file:$site,file:$repo" -installIU "$features" > "$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ] && grep -q 'Operation completed' "$log" \
      && grep -q '^org\.hyperlora\.app,' "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
      && grep -q '^org\.hyperlora\.ui,' "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
    pass "$label: p2 director installed $features"
  else
    fail "$label: p2 director install: exit $rc (log $log):"
    tail -n 30 "$log"
    return
  fi
  state "$install" "$profile" > "$work/state-1b-after-install.txt"
  local removed added foreign
  removed=$(diff "$work/state-0-before.txt" "$work/state-1b-after-install.txt" | grep -c '^<' || true)
  added=$(diff "$work/state-0-before.txt" "$work/state-1b-after-install.txt" | grep '^>' || true)
  # besides ours: Hazelcast (our headless feature carries it), EMF Edit, and the config.ini/platform.xml lines p2
  # rewrites
  foreign=$(echo "$added" | grep -v -e 'org\.hyperlora\.' -e 'org\.eclipse\.emf\.edit[,_ ]' -e "id='org\.eclipse\.emf\.edit'" \
    -e 'com\.hazelcast[,_]' -e "id='com\.hazelcast'" -e '^> eclipse\.p2\.data\.area=' -e '^> *$' || true)
  if [ "$removed" -eq 0 ] && [ -z "$foreign" ] && state_complete "$work/state-1b-after-install.txt"; then
    pass "$label: the install added only HyperLoRA's bundles and features (with Hazelcast) and EMF Edit ($(echo "$added" | grep -c '^>') lines of state), removed nothing"
  else
    fail "$label: the install changed more than HyperLoRA (with Hazelcast) and EMF Edit: $removed lines removed; added besides ours:"
    echo "$foreign" | head -n 20
  fi
  rc=0
  director "$java" "$install" "$profile" -listInstalledRoots > "$work/3-roots.log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ] && grep -q '^org\.hyperlora\.feature\.feature\.group/' "$work/3-roots.log" \
      && grep -q '^org\.hyperlora\.ui\.feature\.feature\.group/' "$work/3-roots.log"; then
    pass "$label: the profile lists both features as installed roots"
  else
    fail "$label: installed roots (log $work/3-roots.log):"
    cat "$work/3-roots.log"
  fi

  # c. the installed command line, headless: validate, a broken study, a solve
  local ws="$work/ws" csv="$work/burgers-nu0.01.csv" broken="$work/broken.hyperlora"
  log="$work/4-validate.log"
  rc=0
  launch "$java" "$install" -data "$ws" -application org.hyperlora.app.hyperlora validate "$example" > "$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ] && grep -q "study 'burgers' is valid" "$log"; then
    pass "$label: installed 'hyperlora validate examples/burgers.hyperlora': $(grep "is valid" "$log")"
  else
    fail "$label: installed 'hyperlora validate': exit $rc (log $log):"
    tail -n 30 "$log"
  fi
  sed 's/nu\*u_xx/mu*u_xx/' "$example" > "$broken"
  log="$work/5-validate-broken.log"
  rc=0
  launch "$java" "$install" -data "$ws" -application org.hyperlora.app.hyperlora validate "$broken" > "$log" 2>&1 || rc=$?
  if [ "$rc" -eq 2 ] && grep -q "^ERROR .*unknown symbol 'mu'" "$log"; then
    pass "$label: installed 'hyperlora validate' reports a broken study (exit 2): $(grep -m 1 '^ERROR' "$log")"
  else
    fail "$label: 'hyperlora validate' of a study using 'mu': exit $rc, expected 2 and an ERROR line (log $log):"
    tail -n 30 "$log"
  fi
  log="$work/6-solve.log"
  rc=0
  launch "$java" "$install" -data "$ws" -application org.hyperlora.app.hyperlora solve "$example" \
    --param nu=0.01 --grid x=-1:1:21,t=0:1:11 --out "$csv" > "$log" 2>&1 || rc=$?
  # 231 points. The exact solution starts at -sin(pi x), is odd in x, zero at x = -1 and 1, and decays: at t = 1
  # its largest |u| lies between 0.1 and 0.99 (a solver answering zeros or the initial state fails here)
  local header rows t0 maxerr odd wall peak
  read -r header rows t0 maxerr odd wall peak < <(awk -F, 'NR == 1 { header = $0; next }
    { rows++; key = sprintf("%.6f %.6f", $1, $2); u[key] = $3
      if ($2 == 0) { t0++; d = $3 + sin(3.141592653589793 * $1); d = d < 0 ? -d : d; if (d > err) err = d }
      if ($1 == -1 || $1 == 1) { w = $3 < 0 ? -$3 : $3; if (w > wall) wall = w }
      if ($2 == 1) { a = $3 < 0 ? -$3 : $3; if (a > peak) peak = a } }
    END { for (k in u) { split(k, p, " "); m = sprintf("%.6f %.6f", -p[1], p[2])
            if (m in u) { d = u[k] + u[m]; d = d < 0 ? -d : d; if (d > odd) odd = d } }
          printf "%s %d %d %.3g %.3g %.3g %.4f\n", header, rows, t0, err, odd, wall, peak }' "$csv" 2>/dev/null \
    || echo "none 0 0 1 1 1 0")
  if [ "$rc" -eq 0 ] && grep -q '231 points, fields \[u\], solved by' "$log" \
      && [ "$header" = x,t,u ] && [ "$rows" -eq 231 ] && [ "$t0" -eq 21 ] \
      && awk -v e="$maxerr" -v o="$odd" -v w="$wall" -v p="$peak" \
        'BEGIN { exit !(e + 0 < 1e-9 && o + 0 < 1e-6 && w + 0 < 1e-6 && p > 0.1 && p < 0.99) }'; then
    pass "$label: installed 'hyperlora solve' on a 21 x 11 grid, $(grep -o 'solved by .* ms' "$log"): u(x, 0) = -sin(pi x) within $maxerr, odd within $odd, u(+-1, t) within $wall, max |u(x, 1)| = $peak"
  else
    fail "$label: installed 'hyperlora solve': exit $rc; csv $csv: header '$header', $rows rows, $t0 at t = 0, error at t = 0 $maxerr, oddness $odd, walls $wall, max |u| at t = 1 $peak (log $log):"
    tail -n 30 "$log"
  fi

  # the study editor in the installed IDE: started with the test-only bundle added for this run only
  installed_ide_check "$label" "$java" "$install" "$work"

  # d. uninstall both features; p2's garbage collector then removes their files
  log="$work/7-uninstall.log"
  rc=0
  director "$java" "$install" "$profile" -uninstallIU "$features" > "$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ] && grep -q 'Operation completed' "$log"; then
    launch "$java" "$install" -data "$ws" -application org.eclipse.equinox.p2.garbagecollector.application \
      -profile "$profile" >> "$log" 2>&1 || rc=$?
  elif [ "$rc" -eq 0 ]; then
    rc=1 # exit 0 without "Operation completed": not an uninstall
  fi
  if [ "$rc" -eq 0 ]; then
    pass "$label: p2 director uninstalled $features, garbage collector ran"
  else
    fail "$label: uninstall: exit $rc (log $log):"
    tail -n 30 "$log"
  fi
  state "$install" "$profile" > "$work/state-2-after-uninstall.txt"
  expect_same "$label: after the uninstall the installation is as it was before the install" \
    "$work/state-0-before.txt" "$work/state-2-after-uninstall.txt"
  log="$work/8-after-uninstall.log"
  rc=0
  launch "$java" "$install" -data "$ws" -application org.hyperlora.app.hyperlora validate "$example" > "$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] && grep -q 'org.hyperlora.app.hyperlora.*could not be found' "$log"; then
    pass "$label: after the uninstall the hyperlora application is gone"
  else
    fail "$label: after the uninstall 'hyperlora' still starts or fails otherwise: exit $rc (log $log):"
    tail -n 20 "$log"
  fi
}

# --- 2: the newest Eclipse platform on Maven Central ------------------------------------------------------

# newest_jdk: a JDK 21 or newer: HYPERLORA_NEWEST_JDK, the one running this test, or any under /usr/lib/jvm
newest_jdk() {
  local candidate version
  for candidate in ${HYPERLORA_NEWEST_JDK:-} /usr/lib/jvm/temurin-25-jdk-amd64 \
      "$(dirname "$(dirname "$(readlink -f "$(command -v "$java_default" 2>/dev/null || echo /nonexistent)" 2>/dev/null)" 2>/dev/null)")" \
      /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    version=$(java_feature "$candidate/bin/java")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
}

newest_round() {
  local jdk feature log rc
  local module="$root/releng/org.hyperlora.platform/target/newest"
  if [ "${HYPERLORA_INSTALLTEST_NEWEST:-auto}" = skip ]; then
    skip "newest Eclipse platform: HYPERLORA_INSTALLTEST_NEWEST=skip"
    return
  fi
  jdk=$(newest_jdk)
  if [ -z "$jdk" ]; then
    skip "newest Eclipse platform: its bundles need Java 21 or newer, and no such JDK was found (HYPERLORA_NEWEST_JDK, the test's own, /usr/lib/jvm/*)"
    return
  fi
  feature=$(java_feature "$jdk/bin/java")
  log="$out/newest-platform-build.log"
  echo "installtest: building the stock platform from the newest Eclipse release on Maven Central (Java $feature; log $log)"
  rm -rf "$module"
  local maven=(-B -ntp -f "$root/pom.xml" -Pnewest-platform -Dosgi.platform=gtk.linux.x86_64
    -pl targetplatform/newest,releng/org.hyperlora.platform)
  [ -n "${INSTALLTEST_MAVEN_REPO:-}" ] && maven+=("-Dmaven.repo.local=$INSTALLTEST_MAVEN_REPO")
  # online: RELEASE is looked up in Maven Central's metadata (an unreachable Central makes this round a SKIP)
  rc=0
  JAVA_HOME="$jdk" timeout 1800 "$root/mvnw" "${maven[@]}" verify > "$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] && grep -qE 'Could not transfer|UnknownHostException|Connection (refused|timed out)|Network is unreachable' "$log"; then
    skip "newest Eclipse platform: Maven Central could not be reached to download it (log $log): $(grep -m 1 -oE '(Could not transfer|UnknownHostException|Connection (refused|timed out)|Network is unreachable).{0,120}' "$log")"
    return
  fi
  if [ "$rc" -ne 0 ]; then
    fail "newest Eclipse platform: the nested build failed (exit $rc, log $log):"
    grep -E '^\[ERROR\]' "$log" | head -n 20 || tail -n 30 "$log"
    return
  fi
  platform_round newest "$jdk/bin/java" "$module/products/org.hyperlora.platform/linux/gtk/x86_64" "$module/repository"
}

# --- 3: HyperLoRA Workbench, the RCP product, on a (virtual) screen ---------------------------------------

workbench_round() {
  local product="$root/releng/org.hyperlora.workbench/target/products/org.hyperlora.workbench/linux/gtk/x86_64"
  local work="$out/workbench" install selftest version line pid rc seen="" png
  if [ -z "${DISPLAY:-}" ]; then
    if [ -z "${INSTALLTEST_UNDER_XVFB:-}" ] && command -v xvfb-run > /dev/null 2>&1; then
      # run this round on a virtual screen; its results come back through the exit code and its output
      echo "installtest: no DISPLAY: the HyperLoRA Workbench round runs on a virtual screen (xvfb-run)"
      rm -f "$out/workbench-counts"
      INSTALLTEST_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x1024x24" bash "${BASH_SOURCE[0]}" --workbench-only || true
      local p=0 f=1 s=0
      [ -f "$out/workbench-counts" ] && read -r p f s < "$out/workbench-counts"
      passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
      return
    fi
    skip "HyperLoRA Workbench: no DISPLAY and no xvfb-run (Debian: apt-get install -y xvfb xauth)"
    return
  fi
  selftest=$(selftest_jar)
  if [ ! -d "$product/plugins" ] || [ -z "$selftest" ]; then
    fail "HyperLoRA Workbench: build output missing (need $product and the org.hyperlora.ui.selftest jar; run ./mvnw verify)"
    return
  fi
  rm -rf "$work"
  mkdir -p "$work"
  install="$work/eclipse"
  cp -a "$product" "$install"
  # the test-only bundle joins this copy only: simpleconfigurator starts what bundles.info lists
  version=$(unzip -p "$selftest" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
  cp "$selftest" "$install/plugins/org.hyperlora.ui.selftest_$version.jar"
  echo "org.hyperlora.ui.selftest,$version,plugins/org.hyperlora.ui.selftest_$version.jar,4,false" \
    >> "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  cp "$example" "$work/burgers.hyperlora"
  png="$work/hyperlora-workbench-burgers.png"

  vm_options "$java_default"
  echo "installtest: starting HyperLoRA Workbench with ./hyperlora-workbench on display $DISPLAY (log $work/workbench.log)"
  # the user's start script, pointed at this copy; the self-test's settings through the environment (paths
  # with spaces survive), X11 so that xwininfo sees the window and the screenshot has pixels
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v "$java_default")")")")" \
    HYPERLORA_WORKBENCH_PRODUCT="$install" HYPERLORA_VM_ARGS="${vm[*]}" \
    HYPERLORA_SELFTEST="$work/burgers.hyperlora" HYPERLORA_SELFTEST_SCREENSHOT="$png" \
    HYPERLORA_SELFTEST_RESULT="$work/selftest.txt" GDK_BACKEND=x11 WAYLAND_DISPLAY= \
    timeout 300 "$root/hyperlora-workbench" -nosplash -consoleLog -data "$work/ws" > "$work/workbench.log" 2>&1 &
  pid=$!
  # wait for the workbench window as the X server sees it
  if command -v xwininfo > /dev/null 2>&1; then
    for _ in $(seq 1 240); do
      line=$(xwininfo -root -tree 2>/dev/null | grep -m 1 'HyperLoRA Workbench' || true)
      if [ -n "$line" ]; then seen=$line; break; fi
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.5
    done
    if [ -n "$seen" ]; then
      pass "HyperLoRA Workbench: its window is on the screen:$(echo "$seen" | sed 's/  */ /g')"
    else
      fail "HyperLoRA Workbench: no window titled 'HyperLoRA Workbench' appeared (log $work/workbench.log)"
    fi
  else
    skip "HyperLoRA Workbench: xwininfo missing (Debian: x11-utils), the window is checked from inside only"
  fi
  rc=0
  wait "$pid" || rc=$?
  if [ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/selftest.txt" 2>/dev/null)" = PASSED ] \
      && [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
    pass "HyperLoRA Workbench: $(sed -n 3p "$work/selftest.txt")"
    echo "    $(sed -n 2p "$work/selftest.txt")"
    echo "    $(sed -n 4p "$work/selftest.txt")"
  else
    fail "HyperLoRA Workbench: exit $rc; self-test report $work/selftest.txt:"
    cat "$work/selftest.txt" 2>/dev/null || tail -n 40 "$work/workbench.log"
  fi
}

# --- main ---------------------------------------------------------------------------------------------------

if [ "${1:-}" = --workbench-only ]; then
  workbench_round
  echo "$passed $failed $skipped" > "$out/workbench-counts"
  exit 0
fi

platform_round platform-2024-12 "$java_default" \
  "$root/releng/org.hyperlora.platform/target/products/org.hyperlora.platform/linux/gtk/x86_64" \
  "$root/releng/org.hyperlora.platform/target/repository"
newest_round
workbench_round

echo "installtest: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
