#!/usr/bin/env bash
# The date and calendar results must not depend on the host time zone (DESIGN principle 2).
# Run those tests again under zones east of, at, and behind UTC.
set -euo pipefail
for tz in Asia/Shanghai UTC America/Los_Angeles Pacific/Kiritimati; do
  echo "== TZ=$tz"
  TZ="$tz" npx vitest run --project unit src/dates src/calendar src/supervision src/duties src/obligations --passWithNoTests --reporter=dot
done
