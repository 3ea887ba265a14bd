"""A throw-away PostgreSQL 15 server for the benchmark: initdb in a temporary
directory, started with pg_ctl on a free loopback port, always stopped and
removed afterwards (context manager; scripts/bench also traps EXIT and stops
whatever server bench/results/.pg-running names).

As root the server runs as the 'postgres' user (runuser), because PostgreSQL
refuses to run as root.
"""
import os
import shutil
import socket
import subprocess
import tempfile

PG_BIN = "/usr/lib/postgresql/15/bin"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, marker_file, shared_buffers="512MB", maintenance_work_mem="1GB"):
        self.marker_file = marker_file
        self.settings = {
            "listen_addresses": "127.0.0.1",
            "shared_buffers": shared_buffers,
            "maintenance_work_mem": maintenance_work_mem,
            "work_mem": "64MB",
            "max_wal_size": "8GB",
            "unix_socket_directories": "",
        }
        self.dir = None
        self.port = None

    def _as_owner(self, argv):
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--"] + argv
        return argv

    def __enter__(self):
        if not os.path.exists(os.path.join(PG_BIN, "pg_ctl")):
            raise RuntimeError("PostgreSQL 15 not found in %s (scripts/setup --bench)" % PG_BIN)
        self.dir = tempfile.mkdtemp(prefix="thidua-bench-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        data = os.path.join(self.dir, "data")
        subprocess.run(self._as_owner([os.path.join(PG_BIN, "initdb"), "-D", data, "-U", "postgres",
                                       "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]),
                       check=True, stdout=subprocess.DEVNULL)
        self.port = free_port()
        options = " ".join("-c %s=%s" % (k, v if v else "''") for k, v in self.settings.items())
        options += " -p %d" % self.port
        with open(self.marker_file, "w") as f:
            f.write(self.dir + "\n")
        subprocess.run(self._as_owner([os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-o", options,
                                       "-l", os.path.join(self.dir, "log"), "-w", "-t", "60", "start"]),
                       check=True, stdout=subprocess.DEVNULL)
        return self

    def conninfo(self, dbname="postgres"):
        return "host=127.0.0.1 port=%d user=postgres dbname=%s" % (self.port, dbname)

    def psql(self, sql, dbname="postgres"):
        return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-d", self.conninfo(dbname), "-c", sql],
                              check=True, capture_output=True, text=True).stdout.strip()

    def version(self):
        return self.psql("SHOW server_version")

    def backend_pids(self):
        """Pids of every process of this server (postmaster and children)."""
        pids = []
        pidfile = os.path.join(self.dir, "data", "postmaster.pid")
        try:
            with open(pidfile) as f:
                master = int(f.readline())
        except (OSError, ValueError):
            return pids
        pids.append(master)
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    if int(fields[1]) == master:
                        pids.append(int(entry))
                except (OSError, IndexError, ValueError):
                    pass
        return pids

    def __exit__(self, *exc):
        stop(self.dir)
        try:
            os.remove(self.marker_file)
        except OSError:
            pass
        return False


def stop(directory):
    """Stops the server in directory (if running) and removes the directory."""
    if not directory or not os.path.isdir(directory):
        return
    data = os.path.join(directory, "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        argv = [os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"]
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--"] + argv
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":  # python3 bench/pg_server.py stop DIR (used by the EXIT trap)
    import sys
    if len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(sys.argv[2])
