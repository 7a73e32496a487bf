#!/usr/bin/env python3
"""Checks an image tar that Jib wrote (profile jib, target/jib-image.tar) without a Docker engine.

    deploy/images/check-image-tar.py deploy/identity-provider/target/jib-image.tar --image frontdoor/identity-provider \
        --main-class org.frontdoor.identity.IdentityProviderApplication --port 9000 [--run]

It reads the image's manifest and config and fails unless: the tag is the expected name, the user is numeric and not
root, the entrypoint runs the app's main class from Jib's classpath file, the port is exposed, /tmp is a volume, the
JVM is sized from the container's memory and ends on OutOfMemoryError, the OCI labels are there, and the times are the
epoch (reproducible). With --run it also unpacks the layers and starts the entrypoint's main class on this machine's
java with the image's classpath, and waits for the readiness probe: proof that the layers hold a runnable app, for an
app that needs nothing else (the identity provider). CI builds against `scratch` because it cannot pull a base image,
so the JRE itself is not part of this check.
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request

LABELS = ["org.opencontainers.image.title", "org.opencontainers.image.version", "org.opencontainers.image.revision",
          "org.opencontainers.image.description", "org.opencontainers.image.vendor",
          "org.opencontainers.image.base.name"]


def fail(message):
    print("IMAGE CHECK FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def check(tar_path, image, main_class, port):
    with tarfile.open(tar_path) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))[0]
        config = json.load(tar.extractfile(manifest["Config"]))
    if not any(tag.startswith(image + ":") for tag in manifest.get("RepoTags", [])):
        fail(f"tags {manifest.get('RepoTags')} are not {image}:<tag>")
    c = config["config"]
    user = c.get("User", "")
    uid, _, gid = user.partition(":")
    if not (uid.isdigit() and gid.isdigit() and uid != "0" and gid != "0"):
        fail(f"user {user!r} is not a numeric non-root uid:gid")
    entrypoint = c.get("Entrypoint") or []
    if entrypoint[:3] != ["java", "-cp", "@/app/jib-classpath-file"] or entrypoint[-1:] != [main_class]:
        fail(f"entrypoint {entrypoint} does not run {main_class}")
    if f"{port}/tcp" not in (c.get("ExposedPorts") or {}):
        fail(f"port {port} is not exposed: {c.get('ExposedPorts')}")
    if "/tmp" not in (c.get("Volumes") or {}):
        fail(f"/tmp is not a volume: {c.get('Volumes')}")
    env = dict(e.split("=", 1) for e in c.get("Env", []))
    options = env.get("JAVA_TOOL_OPTIONS", "")
    if "-XX:MaxRAMPercentage=" not in options or "-XX:+ExitOnOutOfMemoryError" not in options:
        fail(f"JAVA_TOOL_OPTIONS {options!r} does not size the heap from the container or exit on OOM")
    missing = [label for label in LABELS if label not in (c.get("Labels") or {})]
    if missing:
        fail(f"labels missing: {missing}")
    if config.get("created") != "1970-01-01T00:00:00Z":
        fail(f"created {config.get('created')}: not reproducible")
    print(f"{tar_path}: {image}, user {user}, {main_class}, port {port}, /tmp volume, "
          f"{len(manifest['Layers'])} layers, labels and JVM options present")
    return manifest, env


def run(tar_path, manifest, env, main_class, port):
    root = tempfile.mkdtemp(prefix="image-root-")
    process = None
    try:
        with tarfile.open(tar_path) as tar:
            for layer in manifest["Layers"]:
                with tarfile.open(fileobj=tar.extractfile(layer), mode="r:gz") as files:
                    files.extractall(root)
        with open(os.path.join(root, "app/jib-classpath-file")) as f:
            classpath = f.read().strip().replace("/app/", root + "/app/")
        free = socket.socket()
        free.bind(("127.0.0.1", 0))
        local_port = free.getsockname()[1]
        free.close()
        process = subprocess.Popen(
            ["java", *env.get("JAVA_TOOL_OPTIONS", "").split(), "-cp", classpath, main_class,
             f"--server.port={local_port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=root)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if process.poll() is not None:
                fail(f"{main_class} exited with {process.returncode} before it was ready")
            try:
                with urllib.request.urlopen(f"http://localhost:{local_port}/actuator/health/readiness",
                                            timeout=2) as answer:
                    if b'"UP"' in answer.read():
                        print(f"{main_class} from the image's layers answered ready (image port {port})")
                        return
            except OSError:
                pass
            time.sleep(1)
        fail(f"{main_class} from the image's layers was not ready within 90 s")
    finally:
        if process and process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    arguments = argparse.ArgumentParser()
    arguments.add_argument("tar")
    arguments.add_argument("--image", required=True)
    arguments.add_argument("--main-class", required=True)
    arguments.add_argument("--port", required=True, type=int)
    arguments.add_argument("--run", action="store_true")
    given = arguments.parse_args()
    found_manifest, found_env = check(given.tar, given.image, given.main_class, given.port)
    if given.run:
        run(given.tar, found_manifest, found_env, given.main_class, given.port)
