#!/usr/bin/env python3
"""Annotate a corpus of JSONL documents with attrib under Apache Spark.

Usage:
  spark-submit [--master URL] annotate_corpus.py INPUT_JSONL_DIR OUTPUT_DIR \
      [--registry FILE] [--attrib PATH] [--partitions N]
  python3 annotate_corpus.py INPUT OUTPUT --master local[2] ...   (without spark-submit)

Every input line is a JSON document with at least "id" and "text" (the format of
`attrib annotate -`). The attrib binary (and the registry, when given) is shipped to the
executors with SparkContext.addFile; each partition is piped through
`attrib annotate - --jobs 1` and the records are written as JSONL text partitions
(OUTPUT_DIR/part-*). attrib is deterministic, so a partition that Spark re-runs after
an executor died produces the same records.
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def annotate_partition(binary_name, registry_name):
    """A mapPartitions function that pipes one partition's lines through attrib."""

    def run(lines):
        binary = SparkFiles.get(binary_name)
        mode = os.stat(binary).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        command = [binary, "annotate", "-", "--jobs", "1"]
        if registry_name:
            command += ["--registry", SparkFiles.get(registry_name)]
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        errors = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                process.stdin.close()

        def drain_errors():
            errors.extend(process.stderr.read().decode("utf-8", "replace").splitlines())

        writer = threading.Thread(target=feed)
        reader = threading.Thread(target=drain_errors)
        writer.start()
        reader.start()
        for record in process.stdout:
            yield record.decode("utf-8").rstrip("\n")
        writer.join()
        reader.join()
        status = process.wait()
        # Exit 1 means some documents were skipped (malformed lines): reported, not fatal.
        for message in errors:
            print(f"attrib: {message}", file=sys.stderr)
        if status not in (0, 1):
            raise RuntimeError(f"attrib exited with status {status}: {' '.join(errors[-3:])}")

    return run


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a directory (or file/glob) of JSONL documents")
    parser.add_argument("output", help="the output directory (must not exist)")
    parser.add_argument("--registry", help="a registry YAML file to use instead of the built-in one")
    parser.add_argument("--attrib", default=shutil.which("attrib") or "attrib",
                        help="path of the attrib binary to ship (default: attrib on PATH)")
    parser.add_argument("--master", help="the Spark master when not run by spark-submit (e.g. local[2])")
    parser.add_argument("--partitions", type=int, default=0,
                        help="repartition the input into N partitions (default: keep the input's)")
    args = parser.parse_args(argv)
    if not os.path.isfile(args.attrib):
        parser.error(f"{args.attrib}: no such file (build attrib and pass --attrib PATH)")

    builder = SparkSession.builder.appName("attrib-annotate")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.addFile(os.path.abspath(args.attrib))
    registry_name = None
    if args.registry:
        context.addFile(os.path.abspath(args.registry))
        registry_name = os.path.basename(args.registry)

    lines = context.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    records = lines.mapPartitions(annotate_partition(os.path.basename(args.attrib), registry_name))
    records.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
