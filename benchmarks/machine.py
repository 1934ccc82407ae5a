"""One line describing the machine a benchmark ran on, printed above its figures."""

from __future__ import annotations

import os
import platform


def describe() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            memory = int(info.readline().split()[1]) // (1024 * 1024)
    except (OSError, ValueError, IndexError):
        memory = 0
    from briefing.extract import COMPILED

    extractor = "extractor compiled by mypyc" if COMPILED else "extractor as Python"
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory} GiB, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, {extractor}"
    )
