#!/usr/bin/env python3
"""A restart's downtime as one light client sees it (a benchmark, not a test).

    python3 itests/restart-downtime.py [restarts]     (after README command 1's build, with no platform running)

Unpacks the assembled distribution into a temporary folder, starts it, then restarts it (bin/stop, the
JVM's end, bin/start) the given number of times (default 3) while one client in this process asks
GET /api/v1/modules without a token every 50 ms over a new connection each time, as a load balancer's
check would; prints per restart the gap between the last 401 before the JVM ended and the first after
it started again, and what was answered meanwhile (0 = no connection, 503 = the API's documented
"starting"). `bash itests/boot-probe.sh N downtime` measures the same with curl started every 50 ms,
which costs about 26 ms of CPU per ask on the 2-core machine (a tenth of a core or more taken from the
starting platform), so it reads 1.5-3 s more.
"""
import glob
import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
archive = glob.glob('karaf-distribution/target/kinerja-distribution-*.tar.gz')[0]
home = tempfile.mkdtemp()
subprocess.run(['tar', 'xzf', archive, '-C', home, '--strip-components=1'], check=True)
env = dict(os.environ, KINERJA_ADMIN_PASSWORD='Bench-Admin-2026')


def ask():
    try:
        connection = http.client.HTTPConnection('localhost', 8181, timeout=2)
        connection.request('GET', '/api/v1/modules')
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status
    except (OSError, http.client.HTTPException):
        return 0


def running():
    return subprocess.run(['pgrep', '-f', 'karaf.base=' + home], capture_output=True).returncode == 0


try:
    subprocess.run([home + '/bin/start'], env=env, capture_output=True)
    deadline = time.time() + 120
    while ask() != 401:
        if time.time() > deadline:
            sys.exit('the platform did not start; its log: ' + home + '/data/log/karaf.log')
        time.sleep(0.1)
    time.sleep(5)
    for run in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        answers = []
        done = threading.Event()

        def asker():
            while not done.is_set():
                answers.append((time.time(), ask()))
                time.sleep(0.05)

        thread = threading.Thread(target=asker)
        thread.start()
        time.sleep(1)
        stopped = time.time()
        subprocess.run([home + '/bin/stop'], capture_output=True)
        while running():
            time.sleep(0.05)
        ended = time.time()
        subprocess.run([home + '/bin/start'], env=env, capture_output=True)
        while not any(status == 401 and at > ended for at, status in answers[-3:]):
            time.sleep(0.05)
        done.set()
        thread.join()
        last = max(at for at, status in answers if status == 401 and at < ended)
        first = min(at for at, status in answers if status == 401 and at > ended)
        meanwhile = sorted({status for at, status in answers if last < at < first})
        print(f'restart {run + 1}: no answer for {int((first - last) * 1000)} ms (the JVM ended'
              f' {int((ended - stopped) * 1000)} ms after bin/stop; answers meanwhile: {meanwhile})', flush=True)
        time.sleep(5)
finally:
    subprocess.run([home + '/bin/stop'], capture_output=True)
    for _ in range(200):
        if not running():
            break
        time.sleep(0.05)
    subprocess.run(['rm', '-rf', home])
