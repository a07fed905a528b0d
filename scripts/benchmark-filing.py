#!/usr/bin/env python3
"""Files introduction plans against a running service and prints throughput and latency.

Usage: scripts/benchmark-filing.py [base-url] [count] [threads]
(defaults: http://localhost:8080 200 4). Needs the demo profile (account portal/demo, demo operators).
Each filing is a real POST /api/screenings: validation, registry rows, process start and the first user task.
Traffic goes only to the given base URL; run it against a service on this machine.
"""
import base64
import json
import statistics
import sys
import threading
import time
import urllib.request
import uuid

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
threads = int(sys.argv[3]) if len(sys.argv) > 3 else 4
auth = "Basic " + base64.b64encode(b"portal:demo").decode()
run = uuid.uuid4().hex[:8]

def plan(n):
    return {"applicationNumber": f"BENCH-{run}-{n}", "kind": "INTRODUCTION", "operatorCorporateNumber": "6999901000002",
            "sectorCode": "RAILWAY", "equipmentCategoryCode": "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL",
            "plan": {"outline": "ベンチマーク", "content": "ベンチマーク", "plannedFrom": "2027-04-01", "preventiveMeasures": "なし",
                     "parties": [{"role": "SUPPLIER", "name": "デモシステム株式会社", "representative": "代表", "address": "東京都",
                                  "countryOfIncorporation": "JP", "corporateNumber": "5999901000003",
                                  "foreignGovernmentSalesShare": 0, "plantCountry": "JP"}]}}

latencies, errors, lock = [], [], threading.Lock()
numbers = iter(range(count))

def worker():
    while True:
        with lock:
            n = next(numbers, None)
        if n is None:
            return
        request = urllib.request.Request(base + "/api/screenings", data=json.dumps(plan(n)).encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Authorization": auth})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                ok = response.status == 201
        except Exception as e:  # noqa: BLE001 - counted and reported
            ok = False
        elapsed = time.perf_counter() - started
        with lock:
            (latencies if ok else errors).append(elapsed)

start = time.perf_counter()
pool = [threading.Thread(target=worker) for _ in range(threads)]
[t.start() for t in pool]
[t.join() for t in pool]
wall = time.perf_counter() - start
latencies.sort()
print(f"filings: {len(latencies)} ok, {len(errors)} failed, {threads} threads, {wall:.1f} s")
if latencies:
    print(f"throughput: {len(latencies) / wall:.1f} filings/s")
    print(f"latency ms: median {statistics.median(latencies) * 1000:.0f}, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f}, max {latencies[-1] * 1000:.0f}")
