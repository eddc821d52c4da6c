"""`make bench`: build databases of 10 and 10,000 articles, serve them with gunicorn, measure them with wrk.

For each engine (--engines, default PostgreSQL then SQLite; PostgreSQL is started as .ci/run starts it, its
databases BENCH_PG_PREFIX_10/_10000/_creation are created and dropped by the run), everything under var/bench/:
1. The data set: migrate, seed_site, 9 articles inserted in bulk (bench/bulk.py), search index: the "10 articles"
   database (a copy); then the rest of the 10,000 inserted in bulk and a new search index. The bulk insert only
   builds the data set: it is never reported as page creation.
2. Article creation through Wagtail's path (bench/create_pages.py, on a copy of the 10-article database):
   add_child, save_revision().publish(), search and reference index by the configured task backend; pages/s.
3. SQL queries per page with Django's test client (bench/probe.py), cold and app.
4. gunicorn, 2 sync workers (bench/gunicorn.conf.py: no max_requests recycling, no access log), production
   settings, in two modes:
   - cold: bench/settings_cold.py, every Django cache a dummy, no Varnish (what the first visitor after a
     purge gets), on the 10,000-article database and beside it on the 10-article one (news index and search
     are measured on both, in turn);
   - app: production settings with Redis (database 15), the site's own caches warm, no Varnish;
   - edge (through Varnish) is not measured by this harness yet: the table says so.
   Search cycles through 510 distinct queries (search_paths()), each of words every generated article holds.
   For each page: one request that must answer 200; 1 s of wrk with 2 connections, so that both workers have
   served it; a few seconds with 1 connection, which gives the workers' CPU time per request (from /proc); then
   the measurement, wrk -t2 -c16 -d10s. The static file (/static/css/site.css through whitenoise) is measured in
   the same run, half at its start and half at its end, and every rate is also given as a share of its rate.
5. Worker memory: the resident set size of each gunicorn worker, from /proc, at the end of each run.
Results: printed, and written to var/bench/results.md and var/bench/results.json.
For a short run of the harness: BENCH_ARTICLES=300 python bench/run.py --duration 2 --warmup 1.
"""

import argparse
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
VAR = ROOT / "var" / "bench"
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_DB = 15  # the benchmark's 10,000-article servers
REDIS_DB_SMALL = 13  # the 10-article server, so that the two databases never share cached values
SMALL_ARTICLES = 10  # the seed makes one statement; the bulk path adds the rest
TOTAL_ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))  # fewer for a smoke run of the harness
PAGES = ["home", "section", "article", "news", "search", "static"]
LABELS = {
    "home": "Home page",
    "section": "Section page",
    "article": "Article (statement)",
    "news": "News index",
    "search": "Search (many hits)",
    "static": "Static file (whitenoise)",
}
TARGETS = {"cold": 0.035, "edge": 1.0, "scale": 0.80}  # issue 15's acceptance


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(args, env, timeout=900, capture=False):
    """Run a command in the project directory; stop the benchmark with its output if it fails."""
    result = subprocess.run(  # noqa: S603 - fixed commands, no shell
        args, cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench: command failed ({result.returncode}): {' '.join(map(str, args))}")
    return result.stdout if capture else None


def timed(label, function, *args, **kwargs):
    started = time.monotonic()
    value = function(*args, **kwargs)
    elapsed = time.monotonic() - started
    log(f"{label}: {elapsed:.1f} s")
    return value, elapsed


# --- Tools and services ----------------------------------------------------------------------------------
def apt_install(package):
    """Install a Debian package (the benchmark runs as root on Debian, as CI does)."""
    log(f"{package} is missing: installing it with apt-get")
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", package]
    if subprocess.run(install, env=apt_env, capture_output=True).returncode != 0:  # noqa: S603, S607
        subprocess.run(["apt-get", "update", "-qq"], env=apt_env, check=True)  # noqa: S603, S607
        subprocess.run(install, env=apt_env, check=True, capture_output=True)  # noqa: S603, S607


def ensure_wrk():
    if not shutil.which("wrk"):
        apt_install("wrk")
    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk could not be installed (apt-get install wrk)")


def redis_ping():
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def ensure_redis():
    """Start a throwaway Redis (no persistence) the way .ci/run does, unless one already answers."""
    if redis_ping():
        return
    if not shutil.which("redis-server"):
        apt_install("redis-server")
    log("starting redis-server on 127.0.0.1:6379")
    subprocess.run(  # noqa: S603, S607
        ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", str(REDIS_PORT)]
        + [
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            tempfile.gettempdir(),
            "--logfile",
            str(VAR / "redis.log"),
        ],
        check=True,
    )
    for _ in range(50):
        if redis_ping():
            return
        time.sleep(0.1)
    raise SystemExit("bench: redis-server did not start")


def flush_redis(db):
    with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=5) as conn:
        conn.sendall(f"SELECT {db}\r\nFLUSHDB\r\n".encode())
        reply = b""
        while reply.count(b"\r\n") < 2:
            reply += conn.recv(64)


PORTS_TAKEN = []


def free_port():
    if os.environ.get(
        "BENCH_PORT"
    ):  # the first of ports of the caller's choosing (a machine shared with others)
        PORTS_TAKEN.append(int(os.environ["BENCH_PORT"]) + len(PORTS_TAKEN))
        return PORTS_TAKEN[-1]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Environment -----------------------------------------------------------------------------------------
def environment(database, page_cache_seconds, redis_db=REDIS_DB, **extra):
    """Production settings, as the issue names them, for one database. page_cache_seconds=0 is the "cold" mode:
    bench/settings_cold.py, production settings with every Django cache a dummy (nothing kept between requests);
    otherwise the "app" mode: production settings with Redis, the site's own caches warm."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings_cold"
        if page_cache_seconds == 0
        else "website.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL="https://bench.example.org",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url(database),
        REDIS_URL=f"redis://{REDIS_HOST}:{REDIS_PORT}/{redis_db}",
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
        STATIC_ROOT=str(VAR / "static"),
        MEDIA_ROOT=str(VAR / "media"),
        PYTHONPATH=str(ROOT),
        **extra,
    )
    for name in ("AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL"):
        env.pop(name, None)
    return env


SECRET_KEY = secrets.token_urlsafe(50)
PG = "postgres://postgres@127.0.0.1:5432/"
PG_PREFIX = os.environ.get("BENCH_PG_PREFIX", "bench")  # the databases' names: PREFIX_10, PREFIX_10000...


def database_url(database):
    """A Path is an SQLite file; a string is the name of a PostgreSQL database on 127.0.0.1 (user postgres)."""
    return f"sqlite:///{database}" if isinstance(database, Path) else PG + database


def psql(sql):
    args = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc", sql]
    subprocess.run(args, check=True, capture_output=True)  # noqa: S603


def ensure_postgresql():
    """Start PostgreSQL the way .ci/run does, unless it already answers."""
    ready = ["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"]
    if subprocess.run(ready).returncode == 0:  # noqa: S603
        return
    log("starting PostgreSQL")
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    start = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"]
    subprocess.run(start, check=True)  # noqa: S603
    for _ in range(30):
        if subprocess.run(ready).returncode == 0:  # noqa: S603
            return
        time.sleep(1)
    raise SystemExit("bench: PostgreSQL did not start")


def copy_database(source, target):
    if isinstance(source, Path):
        shutil.copyfile(source, target)
    else:
        psql(f'DROP DATABASE IF EXISTS "{target}"')
        psql(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def databases(engine):
    """(10 articles, 10,000 articles, creation) databases of an engine."""
    if engine == "sqlite":
        return VAR / "db-10.sqlite3", VAR / "db-10000.sqlite3", VAR / "db-creation.sqlite3"
    return f"{PG_PREFIX}_10", f"{PG_PREFIX}_10000", f"{PG_PREFIX}_creation"


def drop_databases(engine):
    if engine != "sqlite":
        for name in databases(engine):
            psql(f'DROP DATABASE IF EXISTS "{name}"')


def manage(env, *args, capture=False):
    return run([PYTHON, "manage.py", *args], env, capture=capture)


def insert_articles(env, count):
    """The data set: `count` articles inserted in bulk (bench/bulk.py), not page creation."""
    return run([PYTHON, str(BENCH / "bulk.py"), str(count)], env, capture=True)


# --- 1. Databases ----------------------------------------------------------------------------------------
def build_databases(engine):
    small, large, _creation = databases(engine)
    if engine == "sqlite":
        large.unlink(missing_ok=True)
    else:
        drop_databases(engine)
        psql(f'CREATE DATABASE "{large}"')
    env = environment(large, 0)
    _, migrate_s = timed("migrate", manage, env, "migrate", "--noinput", "-v", "0")
    _, seed_s = timed("seed_site", manage, env, "seed_site")
    insert_articles(env, SMALL_ARTICLES - 1)
    _, small_index_s = timed("update_index (10 articles)", manage, env, "update_index")
    copy_database(large, small)
    output, bulk_s = timed(
        f"bulk insert of {TOTAL_ARTICLES - SMALL_ARTICLES} articles (the data set)",
        insert_articles,
        env,
        TOTAL_ARTICLES - SMALL_ARTICLES,
    )
    match = re.search(r"Inserted (\d+) articles in bulk in ([\d.]+) s", output)
    created, bulk_only_s = (
        (int(match[1]), float(match[2])) if match else (TOTAL_ARTICLES - SMALL_ARTICLES, bulk_s)
    )
    _, index_s = timed("update_index (10,000 articles)", manage, env, "update_index")
    return (
        small,
        large,
        {
            "migrate_s": round(migrate_s, 1),
            "seed_s": round(seed_s, 1),
            "articles_created": created,
            "bulk_create_s": round(bulk_only_s, 2),
            "bulk_pages_per_s": round(created / bulk_only_s) if bulk_only_s else None,
            "bulk_command_s": round(bulk_s, 1),
            "index_s": round(index_s, 1),
            "index_small_s": round(small_index_s, 1),
        },
    )


# --- 4. Servers and measurements -------------------------------------------------------------------------
class Server:
    """gunicorn with 2 sync workers on a free loopback port; always stopped, even when the benchmark fails."""

    def __init__(self, name, env):
        self.name = name
        self.port = free_port()
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "GUNICORN_WORKERS": "2"}
        self.log_path = VAR / f"gunicorn-{name}.log"
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 - closed in __exit__
        self.process = subprocess.Popen(  # noqa: S603
            [GUNICORN, "-c", str(BENCH / "gunicorn.conf.py")],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: gunicorn {self.name} exited; see {self.log_path}")
            try:
                # The database must answer; the cache may be a dummy (the cold mode), which /healthz reports.
                _status, _headers, body = fetch(self.base + "/healthz", timeout=5)
                database_ok = json.loads(body or b"{}").get("database") == "ok"
                if database_ok and len(self.worker_pids()) == 2:
                    return self
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise SystemExit(f"bench: gunicorn {self.name} did not answer /healthz; see {self.log_path}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=35)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log_file.close()

    def worker_pids(self):
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
            return [int(pid) for pid in children.split()]
        except OSError:
            pids = []
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.process.pid:
                    pids.append(int(stat.parent.name))
            return pids

    def worker_cpu_seconds(self):
        """User and system CPU time used so far by the workers (the master does not serve requests)."""
        ticks = 0
        for pid in self.worker_pids():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    def worker_rss_mb(self):
        sizes = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            kb = int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)[1])
            sizes.append(round(kb / 1024, 1))
        return sizes


def fetch(url, timeout=30):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310 - loopback
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback only
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# Search is measured with many distinct queries, each made of words that every generated article holds (bench/bulk.py
# titles: "Article N: migration, return and integration in Belgium and Luxembourg"), so that each finds every
# article: at 10,000 articles over 1,000 hits per query, and no answer is ever asked twice in a row.
SEARCH_WORDS = ("migration", "return", "integration", "belgium", "luxembourg", "article")
SEARCH_QUERIES = 600


def search_paths(count=SEARCH_QUERIES):
    """`count` distinct search addresses: the words of SEARCH_WORDS, two to four of them, in every order."""
    import itertools

    paths = []
    for size in (2, 3, 4):
        for words in itertools.permutations(SEARCH_WORDS, size):
            paths.append("/en/search/?q=" + "+".join(words))
    return paths[:count]


def search_script():
    """A wrk script that cycles through search_paths() (each thread from its own offset), then reports."""
    lines = ",\n".join(f'  "{path}"' for path in search_paths())
    script = VAR / "search.lua"
    script.write_text(
        "-- written by bench/run.py: distinct searches in turn\n"
        f"local paths = {{\n{lines}\n}}\n"
        "local counter = 0\n"
        "setup = function(thread) counter = counter + 1; thread:set('offset', counter * 97) end\n"
        "init = function(args) n = offset or 0 end\n"
        "request = function() n = n + 1; return wrk.format('GET', paths[(n % #paths) + 1]) end\n"
        + (BENCH / "report.lua").read_text()
    )
    return script


def wrk(url, duration, connections=16, threads=2):
    script = BENCH / "report.lua"
    if "/search/" in url:
        script = search_script()
    output = subprocess.run(  # noqa: S603, S607
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
        + ["-s", str(script), url],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = data["duration_us"] / 1e6
    socket_errors = data["connect"] + data["read"] + data["write"] + data["timeout"]
    return {
        "rps": round(data["requests"] / seconds, 1),
        "requests": data["requests"],
        "seconds": round(seconds, 3),
        "p50_ms": round(data["p50_us"] / 1000, 1),
        "p99_ms": round(data["p99_us"] / 1000, 1),
        "errors": data["status"] + socket_errors,
        "status_errors": data["status"],
        "socket_errors": socket_errors,
    }


def settle(server, timeout=15):
    """Wait until connections that wrk left queued are served, so they do not slow the next measurement."""
    deadline = time.monotonic() + timeout
    quick = 0
    while time.monotonic() < deadline and quick < 2:
        started = time.monotonic()
        try:
            fetch(server.base + "/static/css/site.css", timeout=timeout)
        except OSError:
            pass
        quick = quick + 1 if time.monotonic() - started < 0.05 else 0
        time.sleep(0.1)


def check_page(server, name, url, cached):
    """One request before measuring (two in the app mode, so that the site's caches are warm): it must be a 200."""
    for _visit in range(2 if cached else 1):
        status, headers, body = fetch(server.base + url)
        if status != 200 or not body:
            raise SystemExit(f"bench: {server.name} {url} answered {status}")
    if cached and name not in ("static", "search") and "public" not in headers.get("Cache-Control", ""):
        raise SystemExit(f"bench: {url} may not be kept by a shared cache: {headers.get('Cache-Control')}")
    return "app" if cached else "cold"


def prepare(server, name, url, warmup, cached=False):
    """Check the page, let both workers serve it once, then take the workers' CPU time per request."""
    cache_header = check_page(server, name, url, cached)
    cpu_ms = None
    if warmup:
        wrk(
            server.base + url, 1, connections=2, threads=1
        )  # no worker meets the page for the first time below
        settle(server)
        cpu_before = server.worker_cpu_seconds()
        single = wrk(server.base + url, warmup, connections=1, threads=1)
        cpu_after = server.worker_cpu_seconds()
        settle(server)
        if single["requests"]:
            cpu_ms = round((cpu_after - cpu_before) * 1000 / single["requests"], 2)
    return {"url": url, "cache": cache_header or "-", "cpu_ms": cpu_ms}


def combine(parts):
    """One result from several runs of wrk: the rate over all of them, the mean of their percentiles."""
    seconds = sum(part["seconds"] for part in parts)
    requests = sum(part["requests"] for part in parts)
    result = {
        "rps": round(requests / seconds, 1),
        "requests": requests,
        "seconds": round(seconds, 3),
        "p50_ms": round(sum(part["p50_ms"] for part in parts) / len(parts), 1),
        "p99_ms": round(sum(part["p99_ms"] for part in parts) / len(parts), 1),
    }
    for key in ("errors", "status_errors", "socket_errors"):
        result[key] = sum(part[key] for part in parts)
    return result


def report_line(server, name, result):
    log(
        f"{server.name:>9} {name:<8} {result['rps']:>8.1f} req/s  p50 {result['p50_ms']:>7.1f} ms  "
        f"p99 {result['p99_ms']:>7.1f} ms  errors {result['errors']}  CPU {result['cpu_ms']} ms/request"
    )


def measure(server, name, url, duration, warmup, cached=False):
    result = prepare(server, name, url, warmup, cached)
    result.update(wrk(server.base + url, duration))
    settle(server)
    report_line(server, name, result)
    return result


def measure_pair(large, small, name, url, duration, warmup):
    """The same page on the 10,000- and the 10-article servers, in the order large, small, small, large,
    half the duration each: a change in the machine's load during the four runs then weighs on both alike."""
    results = {server.name: prepare(server, name, url, warmup) for server in (large, small)}
    parts = {large.name: [], small.name: []}
    half = max(1, duration // 2)
    for server in (large, small, small, large):
        parts[server.name].append(wrk(server.base + url, half))
        settle(server)
    for server in (large, small):
        results[server.name].update(combine(parts[server.name]))
        report_line(server, name, results[server.name])
    return results[large.name], results[small.name]


def measure_run(server, urls, duration, warmup, cached=False, small_server=None):
    """Every page on one server. The static file, the yardstick, is measured half at the start of the run and
    half at the end, so that a change in the machine's load during the run weighs on it as on the pages."""
    results, small = {}, {}
    static = prepare(server, "static", urls["static"], warmup, cached)
    half = max(1, duration // 2)
    static_parts = [wrk(server.base + urls["static"], half)]
    settle(server)
    for name in PAGES:
        if name == "static":
            continue
        if small_server is not None and name in ("news", "search"):  # with 10 and 10,000 articles, in turn
            results[name], small[name] = measure_pair(
                server, small_server, name, urls[name], duration, warmup
            )
        else:
            results[name] = measure(server, name, urls[name], duration, warmup, cached)
    static_parts.append(wrk(server.base + urls["static"], half))
    settle(server)
    static.update(combine(static_parts))
    report_line(server, "static", static)
    results["static"] = static
    return {name: results[name] for name in PAGES}, small


# --- Edge: Varnish with the repository's VCL in front of the app-mode server ---------------------------
VARNISHD = "/usr/sbin/varnishd"
VCL = ROOT / "deploy" / "varnish" / "site.vcl"


class Varnish:
    """Debian's varnishd with deploy/varnish/site.vcl, its backend the given gunicorn (a backend.vcl of ours
    comes first in vcl_path, as in tests/test_varnish.py)."""

    def __init__(self, app_port):
        self.app_port = app_port
        if os.environ.get("BENCH_VARNISH_PORT"):
            self.port = int(os.environ["BENCH_VARNISH_PORT"])
        else:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                self.port = sock.getsockname()[1]
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        vcl_dir = VAR / "vcl"
        vcl_dir.mkdir(exist_ok=True)
        (vcl_dir / "backend.vcl").write_text(
            f'backend app {{ .host = "127.0.0.1"; .port = "{self.app_port}"; .first_byte_timeout = 30s; }}\n'
        )
        self.log_file = open(VAR / "varnish.log", "w")  # noqa: SIM115 - closed in __exit__
        args = [VARNISHD, "-F", "-j", "none", "-n", str(VAR / "varnish"), "-a", f"127.0.0.1:{self.port}"]
        args += ["-f", str(VCL), "-p", f"vcl_path={vcl_dir}:{VCL.parent}", "-s", "malloc,256m"]
        self.process = subprocess.Popen(args, stdout=self.log_file, stderr=subprocess.STDOUT)  # noqa: S603
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: varnishd exited; see {VAR / 'varnish.log'}")
            try:
                if fetch(self.base + "/healthz", timeout=5)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise SystemExit("bench: varnishd did not answer")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.log_file.close()


def measure_edge(server, urls, duration, static_rps):
    """Every page through Varnish (each fetched twice first: the second answer says whether it was a hit)."""
    results = {}
    with Varnish(server.port) as varnish:
        for name in PAGES:
            url = urls[name]
            fetch(varnish.base + url)
            status, headers, _body = fetch(varnish.base + url)
            hit = len((headers.get("X-Varnish") or "").split()) == 2
            result = {"url": url, "status": status, "hit": hit, **wrk(varnish.base + url, duration)}
            result["share_of_static"] = share(result["rps"], static_rps)
            log(
                f"{'edge':>9} {name:<8} {result['rps']:>8.1f} req/s  hit {hit}  errors {result['errors']}  "
                f"{pct(result['share_of_static'])} of the static file (direct)"
            )
            results[name] = result
    return results


def run_servers(small_db, large_db, urls, duration, warmup):
    flush_redis(REDIS_DB)
    flush_redis(REDIS_DB_SMALL)
    memory = {}
    with (
        Server("cold", environment(large_db, 0)) as server,
        Server("cold-10", environment(small_db, 0, redis_db=REDIS_DB_SMALL)) as small_server,
    ):
        uncached, small = measure_run(server, urls, duration, warmup, small_server=small_server)
        memory["cold"] = server.worker_rss_mb()
        memory["cold-10"] = small_server.worker_rss_mb()
    flush_redis(REDIS_DB)
    with Server("app", environment(large_db, 300)) as server:
        cached, _small = measure_run(server, urls, duration, warmup, cached=True)
        memory["app"] = server.worker_rss_mb()
        edge = measure_edge(server, urls, duration, cached["static"]["rps"]) if VCL.exists() else None
    flush_redis(REDIS_DB)
    with Server("load", environment(large_db, 300)) as server:
        load = load_test(server)
        memory["load"] = server.worker_rss_mb()
    flush_redis(REDIS_DB)
    flush_redis(REDIS_DB_SMALL)
    return uncached, small, cached, edge, memory, load


# --- Report ----------------------------------------------------------------------------------------------
def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    meminfo = Path("/proc/meminfo").read_text()
    mem_kb = int(re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.MULTILINE)[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": model[1].strip() if model else platform.processor() or "unknown",
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


def load_average():
    return [round(value, 2) for value in os.getloadavg()]


def share(value, of):
    return round(value / of, 4) if of else None


def pct(value):
    return "n/a" if value is None else f"{value * 100:.1f}%"


# --- 5. Load test ----------------------------------------------------------------------------------------
LOAD_CONNECTIONS = 64
LOAD_SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
LOAD_SEARCHES = [
    "/en/search/?q=migration",
    "/fr/search/?q=migration",
    "/nl/search/?q=migratie",
    "/de/search/?q=migration",
    "/en/search/?q=return+belgium",
    "/en/search/?q=migration&kind=statement",
    "/en/search/?q=migration&page=3",
    "/fr/search/?q=retour",
    "/en/search/?q=zzzqqq",
    "/de/search/?q=r%C3%BCckkehr",
]


def load_paths(server):
    """Every page of the sitemap (all four languages), news index pages and filters, and searches."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemap, on loopback

    status, _headers, body = fetch(server.base + "/sitemap.xml")
    if status != 200:
        raise SystemExit(f"bench: sitemap.xml answered {status}")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = []
    for loc in ET.fromstring(body).findall("s:url/s:loc", namespace):  # noqa: S314
        parts = urllib.parse.urlsplit(loc.text.strip())
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    pages = paths[:400]  # a 10,000-article sitemap would make this a test of articles only
    extra = ["/en/news/?page=2", "/en/news/?page=3", "/en/news/?kind=statement", "/en/news/?year=2021"]
    return pages + extra + LOAD_SEARCHES * max(1, len(pages) // 40)


def load_test(server, duration=LOAD_SECONDS, connections=LOAD_CONNECTIONS):
    """Mixed pages and searches on one server, many connections at once: every answer must be a 200."""
    paths = load_paths(server)
    for path in sorted(set(paths)):
        status, _headers, _body = fetch(server.base + path)
        if status != 200:
            raise SystemExit(f"bench: {path} answered {status} before the load test")
    paths_file = VAR / "load-paths.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    log(
        f"load test: {len(paths)} addresses ({len(set(paths))} distinct), {connections} connections, {duration} s"
    )
    output = subprocess.run(  # noqa: S603, S607
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
        + ["-s", str(BENCH / "load.lua"), server.base],
        capture_output=True,
        text=True,
        timeout=duration + 120,
        check=True,
        env={**os.environ, "LOAD_PATHS": str(paths_file)},
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = data["duration_us"] / 1e6
    result = {
        "connections": connections,
        "duration_s": round(seconds, 1),
        "addresses": len(set(paths)),
        "requests": data["requests"],
        "rps": round(data["requests"] / seconds, 1),
        "p50_ms": round(data["p50_us"] / 1000, 1),
        "p99_ms": round(data["p99_us"] / 1000, 1),
        "max_ms": round(data["max_us"] / 1000, 1),
        "status_errors": data["status"],
        "socket_errors": data["connect"] + data["read"] + data["write"],
        "timeouts": data["timeout"],
    }
    result["errors"] = result["status_errors"] + result["socket_errors"] + result["timeouts"]
    log(
        f"load test: {result['requests']} requests, {result['rps']} req/s, p50 {result['p50_ms']} ms, "
        f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms, errors {result['errors']} "
        f"(status {result['status_errors']}, socket {result['socket_errors']}, timeouts {result['timeouts']})"
    )
    return result


def load_markdown(load):
    return (
        f"Load test: {load['connections']} connections for {load['duration_s']} s (wrk -t2 --timeout 10s) over "
        f"{load['addresses']} addresses (every page of the sitemap in four languages, news index pages, searches), "
        f"production settings with Redis (the app mode): {load['requests']} requests, {load['rps']} req/s, "
        f"p50 {load['p50_ms']} ms, p99 {load['p99_ms']} ms, max {load['max_ms']} ms; errors {load['errors']} "
        f"(status {load['status_errors']}, socket {load['socket_errors']}), timeouts {load['timeouts']}.\n"
    )


def analyse(uncached, small, cached, queries, queries_small, build, edge=None):
    """Ratios to the static file (of the same run) and to the 10-article database, and the targets."""
    for results in (uncached, cached):
        static_rps = results["static"]["rps"]
        for result in results.values():
            result["share_of_static"] = share(result["rps"], static_rps)
    scale = {
        name: {
            "rps_10": small[name]["rps"],
            "rps_10000": uncached[name]["rps"],
            "ratio": share(uncached[name]["rps"], small[name]["rps"]),
            "items_10": queries_small[name].get("items"),
            "items_10000": queries[name].get("items"),
            "queries_10": queries_small[name]["queries_uncached"],
            "queries_10000": queries[name]["queries_uncached"],
            "cpu_ms_10": small[name]["cpu_ms"],
            "cpu_ms_10000": uncached[name]["cpu_ms"],
            "render_ms_10": queries_small[name].get("render_ms"),
            "render_ms_10000": queries[name].get("render_ms"),
        }
        for name in ("news", "search")
    }
    errors = sum(r["errors"] for results in (uncached, small, cached) for r in results.values())
    cacheable = [name for name in PAGES if name not in ("static", "search")]

    def cpu_share(cheap, costly):
        """The rate ratio the CPU times per request would give on an otherwise idle machine."""
        return share(cheap, costly) if cheap and costly else None

    static_cpu = {
        run: results["static"]["cpu_ms"] for run, results in (("uncached", uncached), ("cached", cached))
    }
    targets = [
        *(
            (
                f"cold {LABELS[name].lower()} >= {TARGETS['cold']:.1%} of the static file's rate",
                uncached[name]["share_of_static"],
                cpu_share(static_cpu["uncached"], uncached[name]["cpu_ms"]),
                uncached[name]["share_of_static"] >= TARGETS["cold"],
            )
            for name in ("home", "section", "article")
        ),
        *(
            (
                f"edge {LABELS[name].lower()} >= {TARGETS['edge']:.0%} of the static file's rate (direct)",
                edge[name]["share_of_static"],
                None,
                edge[name]["share_of_static"] >= TARGETS["edge"],
            )
            for name in cacheable
            if edge
        ),
        *(
            (
                f"{LABELS[name].lower()} with {TOTAL_ARTICLES:,} articles >= {TARGETS['scale']:.0%} of its rate with 10",
                scale[name]["ratio"],
                cpu_share(scale[name]["cpu_ms_10"], scale[name]["cpu_ms_10000"]),
                scale[name]["ratio"] >= TARGETS["scale"],
            )
            for name in ("news", "search")
        ),
        ("0 errors in every run", errors, None, errors == 0),
    ]
    return scale, targets


def ms(value):
    return "n/a" if value is None else f"{value:.1f} ms"


def markdown(report):
    m, build = report["machine"], report["build"]
    uncached, cached, queries = report["uncached"], report["cached"], report["queries"]
    lines = [
        f"Run {report['date']} on {m['nproc']} CPU(s), {m['cpu']}, {m['memory_gb']} GB RAM "
        f"(Linux {m['kernel']}, Python {m['python']}); load average {report['load_before']} before, "
        f"{report['load_after']} after.",
        f"gunicorn: 2 sync workers, production settings, {report['engine']}. wrk: {report['wrk']}.",
        "Mode cold: bench/settings_cold.py, production settings with every Django cache a dummy, no Varnish: "
        "every request renders everything (what the first visitor after a purge gets). Mode app: production "
        "settings with Redis, the site's own caches warm (each page visited first), no Varnish. "
        "Mode edge: through Varnish (deploy/varnish/site.vcl) in front of the app-mode server, below.",
        "",
        "| page | cold req/s | p50 | p99 | errors | % of static | CPU/req | app req/s | p50 | p99 "
        "| errors | % of static | CPU/req | SQL app (probe, 1st visit) | SQL app (2nd) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in PAGES:
        u, c, q = uncached[name], cached[name], queries[name]
        lines.append(
            f"| {LABELS[name]} `{u['url']}` | {u['rps']:.1f} | {u['p50_ms']:.1f} ms | {u['p99_ms']:.1f} ms "
            f"| {u['errors']} | {pct(u['share_of_static'])} | {ms(u['cpu_ms'])} | {c['rps']:.1f} "
            f"| {c['p50_ms']:.1f} ms | {c['p99_ms']:.1f} ms | {c['errors']} | {pct(c['share_of_static'])} "
            f"| {ms(c['cpu_ms'])} | {q['queries_uncached']} | {q['queries_cached']} |"
        )
    edge = report.get("edge")
    if edge is None:
        lines += ["", "edge: not measured (no VCL: deploy/varnish/site.vcl is missing)."]
    else:
        lines += [
            "",
            "| page (edge: through Varnish) | req/s | p50 | p99 | errors | Varnish hit | % of static (direct) |",
            "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
        ]
        lines += [
            f"| {LABELS[name]} `{e['url']}` | {e['rps']:.1f} | {e['p50_ms']:.1f} ms | {e['p99_ms']:.1f} ms "
            f"| {e['errors']} | {'yes' if e['hit'] else 'no'} | {pct(e['share_of_static'])} |"
            for name, e in edge.items()
        ]
    lines += [
        "",
        "CPU/req: user and system CPU time of the gunicorn workers per request, measured during the warm-up "
        "with one connection (wrk -c1); it depends less than the rates on what else the machine runs. The search page is "
        "never stored whole (its answer is private, and no cache key is made of what visitors type): its app-mode "
        "figures are a second measurement of the same view with the menu and footer fragments warm. The static file is measured for 5 s at the start "
        "and 5 s at the end of each run (latencies: the mean of the two).",
        "",
        f"News index and search with 10 and with {TOTAL_ARTICLES:,} articles: two servers side by side, measured "
        f"in turn (large, small, small, large; {report['duration'] // 2} s each); latencies are the mean of the two.",
        "",
        f"| page, cold | 10 articles req/s | {TOTAL_ARTICLES:,} articles req/s | ratio | items listed or found "
        "| SQL queries | CPU/req |",
        "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for name, s in report["scale"].items():
        lines.append(
            f"| {LABELS[name]} | {s['rps_10']:.1f} | {s['rps_10000']:.1f} | {pct(s['ratio'])} "
            f"| {s['items_10']} / {s['items_10000']} | {s['queries_10']} / {s['queries_10000']} "
            f"| {ms(s['cpu_ms_10'])} / {ms(s['cpu_ms_10000'])} |"
        )
    memory = report["memory"]
    lines += [
        "",
        "Worker memory (RSS per gunicorn worker after the run): "
        + "; ".join(f"{run} {', '.join(f'{mb:.0f} MB' for mb in sizes)}" for run, sizes in memory.items())
        + ".",
        f"Database build (the data set, not a measure of page creation: the articles are inserted in bulk, "
        f"without revisions, then indexed with update_index): migrate {build['migrate_s']} s, seed "
        f"{build['seed_s']} s, bulk insert of {build['articles_created']:,} articles {build['bulk_create_s']} s, "
        f"search index of all pages {build['index_s']} s. This engine's run {report['total_s']:.0f} s.",
        "Article creation through Wagtail's path (bench/create_pages.py on a copy of the 10-article database, "
        f"{report['engine']}, cold settings): " + json.dumps(build.get("creation", "not measured")) + ".",
        "",
        "| target | measured | met | from CPU time per request |",
        "| --- | ---: | --- | ---: |",
    ]
    for label, value, by_cpu, met in report["targets"]:
        shown = pct(value) if isinstance(value, float) else str(value)
        cpu = "" if by_cpu is None else pct(by_cpu)
        lines.append(f"| {label} | {shown} | {'yes' if met else '**no**'} | {cpu} |")
    lines += [
        "",
        "A target is met or missed by the measured rates. The last column is the same ratio computed from the "
        "gunicorn workers' CPU time per request alone: it is disturbed less by other work on the machine, but "
        "leaves out wrk's and the kernel's share of each request and the time spent waiting for Redis or the "
        "database, so it is a second opinion, not a prediction.",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "10")))
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", "2")))
    parser.add_argument(
        "--engines",
        default=os.environ.get("BENCH_ENGINES", "postgresql,sqlite"),
        help="Comma-separated: postgresql (databases created and dropped by the run), sqlite.",
    )
    parser.add_argument(
        "--load-only",
        action="store_true",
        help="Only the load test, on a seeded site with 1,000 articles (what CI runs: `make loadtest`).",
    )
    options = parser.parse_args()
    if options.load_only:
        return load_only()
    started = time.monotonic()
    shutil.rmtree(VAR, ignore_errors=True)
    VAR.mkdir(parents=True, exist_ok=True)
    ensure_wrk()
    ensure_redis()
    engines = [engine.strip() for engine in options.engines.split(",") if engine.strip()]
    if "postgresql" in engines:
        ensure_postgresql()
    # collectstatic needs no database: it runs beside the first database build.
    collectstatic = subprocess.Popen(  # noqa: S603
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=environment(VAR / "none.sqlite3", 0),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    texts, reports = [], {}
    for engine in engines:
        try:
            reports[engine] = bench_engine(engine, options, collectstatic)
        finally:
            drop_databases(engine)
        texts.append(
            f"## {engine}\n\n" + markdown(reports[engine]) + "\n" + load_markdown(reports[engine]["load"])
        )
    texts.append(f"Whole benchmark {time.monotonic() - started:.0f} s.")
    text = "\n".join(texts)
    (VAR / "results.md").write_text(text)
    (VAR / "results.json").write_text(json.dumps(reports, indent=2, default=str))
    print()
    print(text)
    print(f"Written to {VAR / 'results.md'} and {VAR / 'results.json'}.")
    return 0


def bench_engine(engine, options, collectstatic):
    """Build the databases of one engine, count queries, serve and measure them; returns the engine's report."""
    started = time.monotonic()
    load_before = load_average()
    log(f"== {engine} ==")
    flush_redis(REDIS_DB)
    small_db, large_db, build = build_databases(engine)
    log(f"data set: {build['articles_created']} articles inserted in bulk (not page creation)")
    creation_db = databases(engine)[2]
    copy_database(small_db, creation_db)
    creation = run([PYTHON, "bench/create_pages.py", "200"], environment(creation_db, 0), capture=True)
    build["creation"] = json.loads(creation.strip().splitlines()[-1])
    log(f"article creation through Wagtail's path: {build['creation']}")
    if collectstatic.returncode is None:
        output, _ = collectstatic.communicate(timeout=600)
        if collectstatic.returncode != 0:
            raise SystemExit(f"bench: collectstatic failed:\n{output}")

    flush_redis(REDIS_DB)
    flush_redis(REDIS_DB_SMALL)
    # The two probes (one per database, each with its own Redis database) run side by side.
    probes = [
        subprocess.Popen(  # noqa: S603
            [PYTHON, str(BENCH / "probe.py")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # app settings (Redis, flushed above): the first visit finds an empty cache, the second a warm one
        for env in (environment(large_db, 300), environment(small_db, 300, redis_db=REDIS_DB_SMALL))
    ]
    outputs = [probe.communicate(timeout=600) for probe in probes]
    for probe, (stdout, stderr) in zip(probes, outputs, strict=True):
        if probe.returncode != 0:
            raise SystemExit(f"bench: probe failed:\n{stdout}{stderr}")
    queries, queries_small = (json.loads(stdout) for stdout, _stderr in outputs)
    urls = {name: value["url"] for name, value in queries.items()}
    log(
        "SQL queries per page (first visit with an empty cache/app): "
        + ", ".join(f"{name} {q['queries_uncached']}/{q['queries_cached']}" for name, q in queries.items())
    )

    uncached, small, cached, edge, memory, load = run_servers(
        small_db, large_db, urls, options.duration, options.warmup
    )
    scale, targets = analyse(uncached, small, cached, queries, queries_small, build, edge)
    return {
        "engine": engine,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_before": load_before,
        "load_after": load_average(),
        "wrk": (
            f"-t2 -c16 -d{options.duration}s --timeout 10s per page, after 1 s with 2 connections and "
            f"{options.warmup} s with 1 (-t1 -c1, which gives the CPU time per request)"
        ),
        "build": build,
        "queries": queries,
        "queries_small": queries_small,
        "uncached": uncached,
        "small": small,
        "cached": cached,
        "edge": edge,
        "scale": scale,
        "memory": memory,
        "load": load,
        "targets": targets,
        "duration": options.duration,
        "total_s": time.monotonic() - started,
    }


def load_only():
    """`make loadtest`: a fresh seeded database with 1,000 articles, gunicorn as in production, the load test.
    Exits with an error when any request failed or timed out."""
    started = time.monotonic()
    VAR.mkdir(parents=True, exist_ok=True)
    ensure_wrk()
    ensure_redis()
    database = VAR / "db-load.sqlite3"
    database.unlink(missing_ok=True)
    env = environment(database, 300)
    collectstatic = subprocess.Popen(  # noqa: S603
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env
    )
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "seed_site")
    insert_articles(env, 999)
    manage(env, "update_index")
    if collectstatic.wait(timeout=600) != 0:
        raise SystemExit("bench: collectstatic failed")
    flush_redis(REDIS_DB)
    with Server("load", env) as server:
        load = load_test(server)
        load["worker_rss_mb"] = server.worker_rss_mb()
    flush_redis(REDIS_DB)
    text = load_markdown(load)
    (VAR / "load.md").write_text(text)
    (VAR / "load.json").write_text(json.dumps(load, indent=2))
    print(text)
    log(f"done in {time.monotonic() - started:.0f} s")
    if load["errors"]:
        raise SystemExit(f"bench: the load test had {load['errors']} errors or timeouts")
    return 0


if __name__ == "__main__":
    main()
