"""Small PromQL scanner shared by the lints (stdlib only).

It does not build a syntax tree; it walks an expression and reports every metric name it selects,
with the chain of functions/aggregations whose parentheses enclose it. That is all the lints need:
"which metric names are used" and "is this counter inside rate()/increase()/irate()".
Label matchers {...}, ranges and subqueries [...], strings, comments, numbers, label lists after
by/without/on/ignoring/group_left/group_right and Grafana variables ($var, ${var}) are skipped.
Syntax errors are not this module's job: promtool checks every expression (see run-checks).
"""
import re

AGGREGATIONS = {"sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values",
                "bottomk", "topk", "quantile", "limitk", "limit_ratio"}
LABEL_LIST_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right"}
OPERATOR_KEYWORDS = {"and", "or", "unless", "bool", "atan2"}
CONSTANTS = {"inf", "nan"}
IDENT = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
NUMBER = re.compile(r"0[xX][0-9a-fA-F]+|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?(?:[smhdwy]|ms)?(?:[0-9]+(?:[smhdwy]|ms))*")


class PromQLScanError(ValueError):
    pass


def _skip_string(s, i):
    quote = s[i]
    i += 1
    while i < len(s):
        if s[i] == "\\" and quote != "`":
            i += 2
            continue
        if s[i] == quote:
            return i + 1
        i += 1
    raise PromQLScanError("unterminated string")


def _skip_block(s, i, open_ch, close_ch):
    depth = 0
    while i < len(s):
        c = s[i]
        if c in "\"'`":
            i = _skip_string(s, i)
            continue
        if c == open_ch:
            depth += 1
        elif c == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise PromQLScanError(f"unbalanced {open_ch}{close_ch}")


def _next_nonspace(s, i):
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def metric_uses(expr):
    """Returns a list of (metric_name, enclosing_functions) for every selector in expr.
    enclosing_functions lists the functions/aggregations from outermost to innermost; plain
    grouping parentheses appear as None."""
    s = expr
    i = 0
    stack = []          # function name (or None) per open parenthesis
    pending = None      # function/aggregation waiting for its "("
    uses = []
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c == "#":
            while i < len(s) and s[i] != "\n":
                i += 1
        elif c in "\"'`":
            i = _skip_string(s, i)
        elif c == "{":
            i = _skip_block(s, i, "{", "}")
        elif c == "[":
            i = _skip_block(s, i, "[", "]")
        elif c == "$":
            m = re.compile(r"\$\{[^}]*\}|\$[a-zA-Z_][a-zA-Z0-9_]*").match(s, i)
            if not m:
                raise PromQLScanError(f"stray $ at {i}")
            i = m.end()
        elif c == "(":
            stack.append(pending)
            pending = None
            i += 1
        elif c == ")":
            if not stack:
                raise PromQLScanError("unbalanced parentheses")
            stack.pop()
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(s) and s[i + 1].isdigit()):
            m = NUMBER.match(s, i)
            i = m.end() if m and m.end() > i else i + 1
        elif IDENT.match(s, i):
            m = IDENT.match(s, i)
            word = m.group(0)
            i = m.end()
            j = _next_nonspace(s, i)
            nxt = s[j] if j < len(s) else ""
            low = word.lower()
            if low in LABEL_LIST_KEYWORDS:
                if nxt == "(":
                    i = _skip_block(s, j, "(", ")")
            elif low in OPERATOR_KEYWORDS or low in CONSTANTS:
                pass
            elif low == "offset":
                k = _next_nonspace(s, i)
                if k < len(s) and s[k] == "-":
                    k += 1
                m2 = NUMBER.match(s, k)
                i = m2.end() if m2 else k
            elif word in AGGREGATIONS and (nxt == "(" or IDENT.match(s, j) and IDENT.match(s, j).group(0).lower() in ("by", "without")):
                pending = word
            elif nxt == "(":
                pending = word          # function call
            else:
                uses.append((word, list(stack)))
        elif c == "@":
            i += 1
        else:
            i += 1                      # operators, commas, ...
    if stack:
        raise PromQLScanError("unbalanced parentheses")
    return uses


def metric_names(expr):
    return {name for name, _ in metric_uses(expr)}


def innermost_function(stack):
    for f in reversed(stack):
        if f is not None:
            return f
    return None


def grafana_to_promql(expr):
    """Replaces Grafana's built-in interval variables by durations so that an expression taken from a
    dashboard can be checked by promtool; other $variables become a regex that matches anything."""
    out = re.sub(r"\$\{?__(rate_interval|interval|range|range_s|range_ms)\}?", "5m", expr)
    out = re.sub(r"\$\{[a-zA-Z_][a-zA-Z0-9_]*(:[a-z]+)?\}|\$[a-zA-Z_][a-zA-Z0-9_]*", ".*", out)
    return out


def variable_query_expr(query):
    """Grafana Prometheus variable queries: label_values(expr, label) -> expr; label_values(label),
    metrics(...), label_names() -> None; query_result(expr) -> expr."""
    q = query.strip()
    m = re.fullmatch(r"label_values\((.*),\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)", q, re.S)
    if m:
        return m.group(1)
    m = re.fullmatch(r"query_result\((.*)\)", q, re.S)
    if m:
        return m.group(1)
    return None


if __name__ == "__main__":   # self-test: python3 promql.py
    cases = {
        'sum by (job) (rate(a_total{x="1"}[5m])) / on() group_left(b) c': {"a_total", "c"},
        'histogram_quantile(0.95, sum by (le) (rate(h_bucket{job="lms"}[$__rate_interval])))': {"h_bucket"},
        'label_replace(rate(x_count[5m]), "dst", "$1", "src", "(.*)")': {"x_count"},
        '1 - avg without (cpu, mode) (rate(node_cpu_seconds_total{mode="idle"}[5m]))': {"node_cpu_seconds_total"},
        '(vector(1) and on() (vector(time()) >= 600 < 2400)) or vector(0)': set(),
        'up offset 5m > bool 0 unless absent(foo)': {"up", "foo"},
        'sum(x) by (job) * 1e3 + count(y)': {"x", "y"},
    }
    for expr, want in cases.items():
        got = metric_names(expr)
        assert got == want, (expr, got, want)
    uses = dict(metric_uses('sum(increase(a_total[1h])) + sum(b_total)'))
    assert innermost_function(uses["a_total"]) == "increase" and innermost_function(uses["b_total"]) == "sum"
    print("promql.py self-test ok")
