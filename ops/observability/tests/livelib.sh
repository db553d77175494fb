# Shared parts of the live tests (live-stack, live-app); sourced, not executed.
# The caller sets TESTS, OBS, W (its temporary directory) and the array pids, and kills "${pids[@]}"
# on exit. Every process started here listens on 127.0.0.1 only and is appended to pids.

# wait_http URL [SECONDS]: waits until URL answers 2xx.
wait_http() {
  local i
  for i in $(seq 1 $(( ${2:-30} * 2 ))); do curl -fsS --max-time 2 "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not answering: $1" >&2; return 1
}

# live_start_exporters NODE_PORT POSTGRES_PORT REDIS_PORT: the three exporters against PostgreSQL on
# 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (read only).
live_start_exporters() {
  prometheus-node-exporter --web.listen-address="127.0.0.1:$1" >"$W/node.log" 2>&1 & pids+=($!)
  DATA_SOURCE_NAME="postgresql://postgres@127.0.0.1:5432/postgres?sslmode=disable" \
    prometheus-postgres-exporter --web.listen-address="127.0.0.1:$2" >"$W/pg.log" 2>&1 & pids+=($!)
  prometheus-redis-exporter -web.listen-address "127.0.0.1:$3" -redis.addr redis://127.0.0.1:6379 >"$W/redis.log" 2>&1 & pids+=($!)
}

# live_start_blackbox PORT: blackbox_exporter with the shipped ../blackbox/blackbox.yml.
live_start_blackbox() {
  prometheus-blackbox-exporter --config.file="$OBS/blackbox/blackbox.yml" --web.listen-address="127.0.0.1:$1" \
    >"$W/blackbox.log" 2>&1 & pids+=($!)
}

# live_start_recorder PORT: webhook recorder writing to $W/received.txt (see webhook-recorder.py).
live_start_recorder() {
  python3 "$TESTS/webhook-recorder.py" "$1" "$W/received.txt" >"$W/recorder.log" 2>&1 & pids+=($!)
}

# live_received PATH ALERTNAME [AFTER]: "<unix time> <severity>" of the first firing notification of
# ALERTNAME on the recorder path PATH (/page, /slack, /log), at or after unix time AFTER; fails when
# none arrived.
live_received() { python3 "$TESTS/webhook-recorder.py" --first "$W/received.txt" "$1" "$2" "${3:-0}"; }

# live_prometheus_config PORTS_ARRAY_NAME: copies prometheus/ to $W/prom with short scrape and rule
# evaluation intervals (alert "for" durations and PromQL windows stay as shipped) and the targets of
# every job rewritten to 127.0.0.1:<port of that job in the associative array>. The readiness job has
# two addresses per target; set it with live_readiness_target.
live_prometheus_config() {
  local -n ports="$1"
  local job
  cp -r "$OBS/prometheus" "$W/prom"
  sed -i 's/scrape_interval: 15s/scrape_interval: 2s/; s/scrape_timeout: 10s/scrape_timeout: 2s/; s/evaluation_interval: 30s/evaluation_interval: 2s/' "$W/prom/prometheus.yml"
  sed -i 's/interval: 1m/interval: 5s/' "$W/prom/recording-rules.yml"
  for job in "${!ports[@]}"; do sed -i "s/localhost:[0-9]*/127.0.0.1:${ports[$job]}/" "$W/prom/targets/$job.yml"; done
}

# live_readiness_target BLACKBOX_PORT URL INSTANCE: the readiness job probes URL through the blackbox
# exporter on BLACKBOX_PORT; INSTANCE must be the wildfly job's instance (host:port).
live_readiness_target() {
  cat > "$W/prom/targets/readiness.yml" <<YML
- targets: ["127.0.0.1:$1"]
  labels:
    __param_target: "$2"
    instance: "$3"
YML
}

# live_alertmanager_config RECORDER_PORT SMTP_PORT [fast]: renders $W/alertmanager.yml with every
# webhook on the recorder (/page, /slack, /log). With "fast", group_wait and group_interval are
# shortened to seconds so that a firing alert is delivered at once.
live_alertmanager_config() {
  cat > "$W/am.env" <<ENV
LMS_AM_PAGER_WEBHOOK_URL=http://127.0.0.1:$1/page
LMS_AM_SLACK_API_URL=http://127.0.0.1:$1/slack
LMS_AM_LOG_WEBHOOK_URL=http://127.0.0.1:$1/log
LMS_AM_SMTP_SMARTHOST=127.0.0.1:$2
ENV
  "$OBS/alertmanager/render" --env-file "$W/am.env" -o "$W/alertmanager.yml" 2>/dev/null
  if [ "${3:-}" = fast ]; then
    sed -i -E 's/group_wait: [0-9]+[sm]/group_wait: 1s/; s/group_interval: [0-9]+[sm]/group_interval: 5s/' "$W/alertmanager.yml"
    amtool check-config "$W/alertmanager.yml" >/dev/null
  fi
}

# live_start_prometheus_alertmanager PROMETHEUS_PORT ALERTMANAGER_PORT: starts both and waits until ready.
live_start_prometheus_alertmanager() {
  prometheus-alertmanager --config.file="$W/alertmanager.yml" --storage.path="$W/am" \
    --web.listen-address="127.0.0.1:$2" --cluster.listen-address= >"$W/am.log" 2>&1 & pids+=($!)
  prometheus --config.file="$W/prom/prometheus.yml" --storage.tsdb.path="$W/tsdb" --web.listen-address="127.0.0.1:$1" \
    --rules.alert.resend-delay=1s >"$W/prom.log" 2>&1 & pids+=($!)
  wait_http "http://127.0.0.1:$1/-/ready" && wait_http "http://127.0.0.1:$2/-/ready"
}

# live_query PROMETHEUS_URL EXPR: number of series EXPR returns now.
live_query() { curl -fsS -G "$1/api/v1/query" --data-urlencode "query=$2" | jq '.data.result | length'; }
