#!/usr/bin/env python3
"""A fake kube-apiserver for Kirikae's integration tests and benchmarks.

Real HTTPS (a CA, server and client certificates made with openssl for each run), bearer tokens, client
certificates, Kubernetes-shaped JSON (lists with metadata.continue, Status objects for errors), gzip, and
scenarios chosen by a path prefix: https://127.0.0.1:PORT/c/<scenario>/... Every request is appended to
requests.log as "METHOD PATH"; anything but GET is answered 405 and the tests fail on it.

Paths without the prefix are the cluster a pod would see in-cluster (https://KUBERNETES_SERVICE_HOST:PORT/...):
every part the collector reads (Helm releases, OLM, OpenShift's ClusterVersion), and a service-account token that
rotates: the server accepts only the token in DIR/incluster-token (written by the test) when that file exists.

  fakeapiserver.py --workdir DIR [--nodes N] [--pods N] [--csvs N] [--latency-ms N]

writes DIR/kubeconfig (one context per scenario) and prints one JSON line {"port":..., "kubeconfig":...}
on stdout when it is ready. It stops when its standard input closes, so it never outlives its test.
"""
import argparse, base64, gzip, http.server, io, json, os, socket, ssl, subprocess, sys, threading, time
from urllib.parse import urlsplit, parse_qs

TOKEN = "kirikae-test-token-7f3a9c"          # the bearer token the server accepts
WRONG_TOKEN = "expired-token-000"            # what the 401 context sends
SECRET_VALUE = "s3cr3t-P@ssw0rd-do-not-leak"  # planted in Helm values and Secrets: must never appear in output


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_certs(d):
    def ca(name):
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-keyout", f"{d}/{name}.key", "-out", f"{d}/{name}.crt")

    def leaf(name, signer, ext):
        run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}",
            "-keyout", f"{d}/{name}.key", "-out", f"{d}/{name}.csr")
        with open(f"{d}/{name}.ext", "w") as f:
            f.write(ext)
        run("openssl", "x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/{signer}.crt", "-CAkey",
            f"{d}/{signer}.key", "-CAcreateserial", "-days", "2", "-extfile", f"{d}/{name}.ext",
            "-out", f"{d}/{name}.crt")

    ca("ca")
    ca("otherca")
    san = "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kube.test.internal\nextendedKeyUsage=serverAuth\n"
    leaf("server", "ca", san)
    leaf("wrongserver", "otherca", san)
    leaf("client", "ca", "extendedKeyUsage=clientAuth\n")


def b64(data):
    return base64.b64encode(data).decode()


# ---------------------------------------------------------------- cluster content

def node(i, version, prefix="node"):
    name = f"{prefix}-{i:04d}"
    role = "control-plane" if i < 3 else None
    labels = {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux"}
    if role:
        labels["node-role.kubernetes.io/control-plane"] = ""
    return {"apiVersion": "v1", "kind": "Node",
            "metadata": {"name": name, "uid": f"uid-{name}", "labels": labels,
                         "creationTimestamp": "2026-01-10T09:00:00Z"},
            "status": {"conditions": [{"type": "Ready", "status": "True"}],
                       "nodeInfo": {"kubeletVersion": version, "kubeProxyVersion": version,
                                    "containerRuntimeVersion": "containerd://1.7.24",
                                    "osImage": "Ubuntu 22.04.5 LTS", "kernelVersion": "5.15.0-141-generic",
                                    "architecture": "amd64", "operatingSystem": "linux"}}}


def pod(ns, name, image, container, owner=None, node_name="node-0000", component=None):
    meta = {"name": name, "namespace": ns, "uid": f"uid-{ns}-{name}", "labels": {}}
    if component:
        meta["labels"]["component"] = component
        meta["labels"]["tier"] = "control-plane"
    if owner:
        meta["ownerReferences"] = [{"apiVersion": "apps/v1", "kind": owner[0], "name": owner[1], "uid": "x"}]
    return {"apiVersion": "v1", "kind": "Pod", "metadata": meta,
            "spec": {"nodeName": node_name, "containers": [{"name": container, "image": image}]},
            "status": {"phase": "Running"}}


def helm_secret(release, ns, revision, manifest):
    payload = {"name": release, "namespace": ns, "version": revision,
               "info": {"status": "deployed"},
               "chart": {"metadata": {"name": release, "version": "1.4.2", "appVersion": "2.0.0"},
                         "templates": [{"name": "templates/secret.yaml", "data": b64(b"password: {{ .Values.password }}")}]},
               "config": {"password": SECRET_VALUE, "apiToken": SECRET_VALUE},
               "manifest": manifest}
    release_data = b64(gzip.compress(json.dumps(payload).encode()))  # what Helm stores
    return {"apiVersion": "v1", "kind": "Secret", "type": "helm.sh/release.v1",
            "metadata": {"name": f"sh.helm.release.v1.{release}.v{revision}", "namespace": ns,
                         "labels": {"owner": "helm", "name": release, "status": "deployed", "version": str(revision)}},
            "data": {"release": b64(release_data.encode())}}


HELM_MANIFEST = f"""---
# Source: web/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: web-credentials
  namespace: shop
stringData:
  password: {SECRET_VALUE}
---
# Source: web/templates/ingress.yaml
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: web
  namespace: shop
---
# Source: web/templates/cronjob.yaml
apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: web-cleanup
  namespace: shop
"""


def deployment(ns, name, applied_api):
    applied = {"apiVersion": applied_api, "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
               "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [{"name": "DB_PASSWORD", "value": SECRET_VALUE}]}]}}}}
    return {"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": name, "namespace": ns,
                         "annotations": {"kubectl.kubernetes.io/last-applied-configuration": json.dumps(applied)},
                         "managedFields": [{"manager": "kubectl-client-side-apply", "operation": "Update", "apiVersion": "apps/v1"}]}}


def csv(i):
    name = f"operator-{i:03d}"
    return {"apiVersion": "operators.coreos.com/v1alpha1", "kind": "ClusterServiceVersion",
            "metadata": {"name": f"{name}.v1.{i % 7}.0", "namespace": "operators"},
            "spec": {"displayName": name, "version": f"1.{i % 7}.0", "replaces": f"{name}.v1.{max(0, i % 7 - 1)}.0",
                     "customresourcedefinitions": {
                         "owned": [{"name": f"widgets{i}.example{i}.io", "version": "v1", "kind": f"Widget{i}"}],
                         "required": ([{"name": f"widgets{i - 1}.example{i - 1}.io", "version": "v1", "kind": f"Widget{i - 1}"}] if i else [])}},
            "status": {"phase": "Succeeded"}}


class Cluster:
    def __init__(self, name, version="v1.29.4", nodes=3, pods=0, csvs=0, openshift=False, helm=False):
        self.name = name
        self.version = version
        self.openshift = openshift
        self.lists = {}
        self.lists["/api/v1/nodes"] = [node(i, version) for i in range(nodes)]
        system = [pod("kube-system", "coredns-5d78c9869d-abcde", "registry.k8s.io/coredns/coredns:v1.11.1", "coredns", ("ReplicaSet", "coredns-5d78c9869d")),
                  pod("kube-system", "kube-proxy-x7k2p", f"registry.k8s.io/kube-proxy:{version}", "kube-proxy", ("DaemonSet", "kube-proxy")),
                  pod("kube-system", "kube-proxy-q9w4z", f"registry.k8s.io/kube-proxy:{version}", "kube-proxy", ("DaemonSet", "kube-proxy"), "node-0001"),
                  pod("kube-system", "etcd-node-0000", "registry.k8s.io/etcd:3.5.12-0", "etcd", ("Node", "node-0000"), component="etcd"),
                  pod("kube-system", "kube-apiserver-node-0000", f"registry.k8s.io/kube-apiserver:{version}", "kube-apiserver", ("Node", "node-0000"), component="kube-apiserver"),
                  pod("ingress-nginx", "ingress-nginx-controller-7d9f-abc12", "registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:5b16", "controller", ("ReplicaSet", "ingress-nginx-controller-7d9f"))]
        apps = [pod(f"team-{i % 50}", f"app-{i}", "example.com/app:1.0", "app", ("ReplicaSet", f"app-{i % 200}-5f6d"), f"node-{i % max(1, nodes):04d}") for i in range(pods)]
        self.lists["/api/v1/pods"] = system + apps
        self.lists["/apis/apps/v1/deployments"] = [deployment("shop", "storefront", "extensions/v1beta1"), deployment("shop", "cart", "apps/v1")]
        for path in ("/apis/apps/v1/daemonsets", "/apis/apps/v1/statefulsets", "/apis/batch/v1/cronjobs",
                     "/apis/networking.k8s.io/v1/ingresses", "/apis/autoscaling/v2/horizontalpodautoscalers",
                     "/apis/policy/v1/poddisruptionbudgets"):
            self.lists[path] = []
        self.lists["/api/v1/secrets"] = [helm_secret("web", "shop", 3, HELM_MANIFEST)] if helm else []
        self.lists["/apis/apiextensions.k8s.io/v1/customresourcedefinitions"] = [
            {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
             "metadata": {"name": "certificates.cert-manager.io"},
             "spec": {"group": "cert-manager.io", "names": {"kind": "Certificate"},
                      "versions": [{"name": "v1", "served": True, "storage": True}, {"name": "v1alpha2", "served": False, "storage": False}]},
             "status": {"storedVersions": ["v1alpha2", "v1"]}}]
        self.lists["/apis/operators.coreos.com/v1alpha1/clusterserviceversions"] = [csv(i) for i in range(csvs)]
        self.lists["/apis/operators.coreos.com/v1alpha1/subscriptions"] = [
            {"apiVersion": "operators.coreos.com/v1alpha1", "kind": "Subscription",
             "metadata": {"name": "operator-000", "namespace": "operators"},
             "spec": {"name": "operator-000", "channel": "stable", "source": "community-operators", "installPlanApproval": "Manual"},
             "status": {"installedCSV": "operator-000.v1.0.0", "currentCSV": "operator-000.v1.1.0"}}] if csvs else []

    def groups(self):
        gvs = ["apps/v1", "batch/v1", "networking.k8s.io/v1", "autoscaling/v2", "policy/v1", "apiextensions.k8s.io/v1",
               "operators.coreos.com/v1alpha1", "flowcontrol.apiserver.k8s.io/v1beta3"]
        if self.openshift:
            gvs.append("config.openshift.io/v1")
        groups = {}
        for gv in gvs:
            g, v = gv.split("/")
            groups.setdefault(g, []).append({"groupVersion": gv, "version": v})
        return {"kind": "APIGroupList", "apiVersion": "v1",
                "groups": [{"name": g, "versions": vs, "preferredVersion": vs[0]} for g, vs in groups.items()]}


def status(code, reason, message):
    return {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}


V1_RESOURCES = {"kind": "APIResourceList", "groupVersion": "v1", "resources": [
    {"name": "nodes", "singularName": "node", "namespaced": False, "kind": "Node", "verbs": ["get", "list", "watch"], "shortNames": ["no"]},
    {"name": "pods", "singularName": "pod", "namespaced": True, "kind": "Pod", "verbs": ["get", "list", "watch"], "shortNames": ["po"]},
    {"name": "namespaces", "singularName": "namespace", "namespaced": False, "kind": "Namespace", "verbs": ["get", "list"], "shortNames": ["ns"]},
    {"name": "secrets", "singularName": "secret", "namespaced": True, "kind": "Secret", "verbs": ["get", "list"]}]}


class State:
    def __init__(self, args):
        self.latency = args.latency_ms / 1000.0
        self.log_lock = threading.Lock()
        self.log = open(os.path.join(args.workdir, "requests.log"), "a", buffering=1)
        self.gone_served = False
        self.flaky_seen = set()
        self.clusters = {
            "healthy": Cluster("healthy", "v1.29.4", nodes=3, csvs=2),
            "forbidden-metrics": Cluster("forbidden-metrics", "v1.28.9"),
            "slow": Cluster("slow", "v1.29.4"),
            "malformed": Cluster("malformed", "v1.27.16"),
            "big": Cluster("big", "v1.30.2", nodes=args.nodes, pods=args.pods, csvs=args.csvs),
            "gone": Cluster("gone", "v1.29.4", nodes=1200),
            "drop": Cluster("drop", "v1.29.4", nodes=1200),
            "helm": Cluster("helm", "v1.24.17", helm=True),
            "openshift": Cluster("openshift", "v1.27.16+03a907c", openshift=True, csvs=3),
            "unauth": Cluster("unauth"),
            "wrongca": Cluster("wrongca"),
            "flaky": Cluster("flaky", "v1.30.2"),
            "lagging": Cluster("lagging", "v1.29.4", nodes=1200, csvs=2, helm=True),  # 150 ms for every answer
            "incluster": Cluster("incluster", "v1.30.2", csvs=2, helm=True, openshift=True),
        }
        self.incluster_token_file = os.path.join(args.workdir, "incluster-token")
        self.workdir = args.workdir
        self.inflight_lock = threading.Lock()
        self.inflight = {}
        self.most_inflight = {}

    def enter(self, scenario):
        with self.inflight_lock:
            now = self.inflight.get(scenario, 0) + 1
            self.inflight[scenario] = now
            if now > self.most_inflight.get(scenario, 0):
                self.most_inflight[scenario] = now
                with open(os.path.join(self.workdir, f"inflight-{scenario}"), "w") as f:
                    f.write(str(now))

    def leave(self, scenario):
        with self.inflight_lock:
            self.inflight[scenario] -= 1

    def incluster_token(self):
        try:
            with open(self.incluster_token_file) as f:
                return f.read().strip()
        except FileNotFoundError:
            return TOKEN


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-kube-apiserver"
    disable_nagle_algorithm = True  # as Go's net/http does: no 40 ms delayed-ACK stalls on keep-alive

    def log_message(self, *args):
        pass

    def record(self):
        with self.server.state.log_lock:
            self.server.state.log.write(f"{self.command} {self.path} {self.headers.get('User-Agent', '-')}\n")

    def send(self, code, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        gz = "gzip" in self.headers.get("Accept-Encoding", "") and len(data) > 1024
        if gz:
            data = gzip.compress(data, compresslevel=1)
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        if gz:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def refuse_method(self):
        self.record()
        self.send(405, status(405, "MethodNotAllowed", "the fake API server accepts GET only"))

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = refuse_method

    def authenticated(self, scenario):
        auth = self.headers.get("Authorization", "")
        if scenario == "unauth":
            return False
        if scenario == "incluster":  # a service account: its current token only
            return auth == f"Bearer {self.server.state.incluster_token()}"
        if auth == f"Bearer {TOKEN}":
            return True
        cert = self.connection.getpeercert() if hasattr(self.connection, "getpeercert") else None
        return bool(cert)

    def do_GET(self):
        # How many requests each cluster has in flight at once, the most ever written to inflight-<scenario>.
        state = self.server.state
        parts = urlsplit(self.path).path.split("/", 3)
        scenario = parts[2] if len(parts) > 2 and parts[1] == "c" else "incluster"
        state.enter(scenario)
        try:
            self.answer_get()
        finally:
            state.leave(scenario)

    def answer_get(self):
        self.record()
        state = self.server.state
        url = urlsplit(self.path)
        parts = url.path.split("/", 3)
        if parts[1] != "c":
            scenario, path = "incluster", url.path
        elif len(parts) < 3 or parts[2] not in state.clusters:
            return self.send(404, status(404, "NotFound", "no such cluster prefix"))
        else:
            scenario = parts[2]
            path = "/" + (parts[3] if len(parts) > 3 else "")
        cluster = state.clusters[scenario]
        query = parse_qs(url.query)
        if state.latency or scenario in ("slow", "lagging"):
            time.sleep({"slow": 3.0, "lagging": 0.15}.get(scenario, state.latency))
        if not self.authenticated(scenario):
            return self.send(401, status(401, "Unauthorized", "Unauthorized"))
        if scenario == "flaky" and path not in state.flaky_seen:
            # Every path fails once with a transient error; a client that retries gets the answer.
            state.flaky_seen.add(path)
            if path == "/version":
                self.send_response(429)
                body = json.dumps(status(429, "TooManyRequests", "slow down")).encode()
                self.send_header("Retry-After", "1")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            code = (502, 503, 504)[len(state.flaky_seen) % 3]
            return self.send(code, status(code, "ServiceUnavailable", "the server is busy"))
        if path == "/version":
            major, minor = cluster.version.lstrip("v").split(".")[:2]
            return self.send(200, {"major": major, "minor": minor, "gitVersion": cluster.version,
                                   "gitCommit": "0" * 40, "gitTreeState": "clean", "buildDate": "2026-01-01T00:00:00Z",
                                   "goVersion": "go1.22.5", "compiler": "gc", "platform": "linux/amd64"})
        if path == "/api":
            return self.send(200, {"kind": "APIVersions", "versions": ["v1"],
                                   "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]})
        if path == "/apis":
            return self.send(200, cluster.groups())
        if path == "/api/v1":
            return self.send(200, V1_RESOURCES)
        if path.startswith("/apis/") and path.count("/") == 3:
            return self.send(200, self.resource_list(cluster, path[len("/apis/"):]))
        if path == "/metrics":
            if scenario == "forbidden-metrics":
                return self.send(403, status(403, "Forbidden", 'forbidden: User "viewer" cannot get path "/metrics"'))
            text = ("# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested\n"
                    "# TYPE apiserver_requested_deprecated_apis gauge\n"
                    'apiserver_requested_deprecated_apis{group="flowcontrol.apiserver.k8s.io",removed_release="1.32",resource="flowschemas",subresource="",version="v1beta3"} 1\n'
                    'apiserver_requested_deprecated_apis{group="batch",removed_release="1.25",resource="cronjobs",subresource="",version="v1beta1"} 1\n'
                    "apiserver_request_total{code=\"200\",verb=\"GET\"} 12345\n")
            return self.send(200, text.encode(), "text/plain; version=0.0.4")
        if path == "/apis/config.openshift.io/v1/clusterversions/version" and cluster.openshift:
            return self.send(200, {"apiVersion": "config.openshift.io/v1", "kind": "ClusterVersion",
                                   "metadata": {"name": "version"}, "spec": {"channel": "stable-4.14"},
                                   "status": {"desired": {"version": "4.14.38"},
                                              "availableUpdates": [{"version": "4.14.39"}, {"version": "4.15.46"}],
                                              # The shape of openshift/oc's upgrade fixtures (recommend/*-cv.yaml).
                                              "conditionalUpdates": [{
                                                  "release": {"version": "4.15.47", "channels": ["stable-4.15"]},
                                                  "conditions": [{"type": "Recommended", "status": "False",
                                                                  "reason": "ExposedToRisks",
                                                                  "message": "Clusters with OVN-Kubernetes lose egress after the update"}],
                                                  "risks": [{"name": "OVNEgressLoss",
                                                             "message": "Clusters with OVN-Kubernetes lose egress after the update",
                                                             "url": "https://access.redhat.com/solutions/0000000",
                                                             "matchingRules": [{"type": "PromQL", "promql": {"promql": "group(cluster_operator_conditions{name=\"network\"})"}},
                                                                               {"type": "Always"}]}]}],
                                              "history": [{"version": "4.14.38", "state": "Completed"}, {"version": "4.13.34", "state": "Completed"}]}})
        if path in cluster.lists:
            if scenario == "malformed" and path == "/api/v1/nodes":
                return self.send(200, b'{"kind":"NodeList","items":[{"metadata":', "application/json")
            items = cluster.lists[path]
            selector = query.get("labelSelector", [""])[0]
            if selector == "owner=helm":
                items = [i for i in items if i["metadata"].get("labels", {}).get("owner") == "helm"]
            if "as=Table" in self.headers.get("Accept", "") and path == "/api/v1/nodes":
                return self.send(200, self.table(items))
            limit = int(query.get("limit", ["0"])[0] or 0)
            start = 0
            token = query.get("continue", [""])[0]
            if token:
                if scenario == "gone" and not state.gone_served:
                    state.gone_served = True
                    return self.send(410, status(410, "Expired", "The provided continue parameter is too old to display a consistent list result."))
                if scenario == "drop":
                    # The connection breaks in the middle of a page: headers promise more than ever arrives.
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    self.wfile.write(b'{"kind":"NodeList","items":[{"metadata":{"name":"node-0')
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                start = int(base64.b64decode(token).decode())
            end = len(items) if limit <= 0 else min(len(items), start + limit)
            meta = {"resourceVersion": "12345"}
            if end < len(items):
                meta["continue"] = b64(str(end).encode())
                meta["remainingItemCount"] = len(items) - end
            kind = path.rsplit("/", 1)[-1]
            return self.send(200, {"kind": "List", "apiVersion": "v1", "metadata": meta, "items": items[start:end]})
        return self.send(404, status(404, "NotFound", f"the server could not find the requested resource ({path})"))

    def resource_list(self, cluster, gv):
        resources = []
        for p in cluster.lists:
            if p.startswith(f"/apis/{gv}/"):
                plural = p.rsplit("/", 1)[-1]
                resources.append({"name": plural, "singularName": "", "namespaced": plural != "customresourcedefinitions",
                                  "kind": plural.capitalize(), "verbs": ["get", "list", "watch"]})
        return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": resources}

    def table(self, nodes):
        return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": "12345"},
                "columnDefinitions": [{"name": "Name", "type": "string", "format": "name", "description": "", "priority": 0},
                                      {"name": "Status", "type": "string", "format": "", "description": "", "priority": 0},
                                      {"name": "Version", "type": "string", "format": "", "description": "", "priority": 0}],
                "rows": [{"cells": [n["metadata"]["name"], "Ready", n["status"]["nodeInfo"]["kubeletVersion"]],
                          "object": {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                                     "metadata": {"name": n["metadata"]["name"], "creationTimestamp": n["metadata"]["creationTimestamp"]}}}
                         for n in nodes]}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def serve(port, certfile, keyfile, state, d):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile, keyfile)
    context.load_verify_locations(f"{d}/ca.crt")
    context.verify_mode = ssl.CERT_OPTIONAL
    httpd = Server(("127.0.0.1", port), Handler)
    httpd.state = state
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd.server_address[1]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def write_kubeconfig(d, port, wrong_port, refused_port):
    def cluster(name, server, ca="ca.crt"):
        return {"name": name, "cluster": {"server": server, "certificate-authority": ca}}
    base = f"https://127.0.0.1:{port}/c"
    clusters, contexts = [], []
    users = [{"name": "token", "user": {"token": TOKEN}},
             {"name": "wrong-token", "user": {"token": WRONG_TOKEN}},
             {"name": "cert", "user": {"client-certificate": "client.crt", "client-key": "client.key"}},
             {"name": "exec", "user": {"exec": {"apiVersion": "client.authentication.k8s.io/v1", "command": "./exec-plugin.sh",
                                                "args": ["--token", TOKEN], "interactiveMode": "Never"}}},
             {"name": "exec-missing", "user": {"exec": {"apiVersion": "client.authentication.k8s.io/v1beta1", "command": "kirikae-no-such-plugin",
                                                        "installHint": "Install it with: apt install kirikae-no-such-plugin"}}}]
    def add(context, server, user, ca="ca.crt"):
        clusters.append(cluster(context, server, ca))
        contexts.append({"name": context, "context": {"cluster": context, "user": user}})
    for scenario in ("healthy", "forbidden-metrics", "slow", "malformed", "big", "gone", "drop", "helm", "openshift", "flaky",
                     "lagging"):
        add(scenario, f"{base}/{scenario}", "token")
    add("cert-auth", f"{base}/healthy", "cert")
    add("exec-auth", f"{base}/healthy", "exec")
    add("exec-missing", f"{base}/healthy", "exec-missing")
    add("unauth", f"{base}/unauth", "wrong-token")
    add("wrongca", f"https://127.0.0.1:{wrong_port}/c/wrongca", "token")
    add("refused", f"https://127.0.0.1:{refused_port}/c/healthy", "token")
    add("tls-server-name", f"https://127.0.0.1:{port}/c/healthy", "token")
    clusters[-1]["cluster"]["tls-server-name"] = "kube.test.internal"
    clusters[-1]["cluster"]["server"] = f"https://127.0.0.1:{port}/c/healthy"
    add("insecure", f"https://127.0.0.1:{wrong_port}/c/wrongca", "token")
    clusters[-1]["cluster"] = {"server": f"https://127.0.0.1:{wrong_port}/c/wrongca", "insecure-skip-tls-verify": True}
    for i in range(8):  # a fleet for the parallel-collection benchmark
        add(f"fleet-{i}", f"{base}/healthy", "token")
    config = {"apiVersion": "v1", "kind": "Config", "current-context": "healthy",
              "clusters": clusters, "contexts": contexts, "users": users, "preferences": {}}
    path = os.path.join(d, "kubeconfig")
    with open(path, "w") as f:
        json.dump(config, f, indent=1)  # JSON is YAML: kubectl and Kirikae both read it
    with open(os.path.join(d, "exec-plugin.sh"), "w") as f:
        f.write('#!/bin/sh\n# A client-go exec credential plugin: prints an ExecCredential with the token it was given.\n'
                'echo "{\\"apiVersion\\":\\"client.authentication.k8s.io/v1\\",\\"kind\\":\\"ExecCredential\\",'
                '\\"status\\":{\\"token\\":\\"$2\\",\\"expirationTimestamp\\":\\"2099-01-01T00:00:00Z\\"}}"\n')
    os.chmod(os.path.join(d, "exec-plugin.sh"), 0o755)
    return path


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--workdir", required=True)
    p.add_argument("--nodes", type=int, default=50)
    p.add_argument("--pods", type=int, default=500)
    p.add_argument("--csvs", type=int, default=20)
    p.add_argument("--latency-ms", type=int, default=0)
    args = p.parse_args()
    d = os.path.abspath(args.workdir)
    os.makedirs(d, exist_ok=True)
    make_certs(d)
    state = State(args)
    port = serve(0, f"{d}/server.crt", f"{d}/server.key", state, d)
    wrong_port = serve(0, f"{d}/wrongserver.crt", f"{d}/wrongserver.key", state, d)
    kubeconfig = write_kubeconfig(d, port, wrong_port, free_port())
    print(json.dumps({"port": port, "kubeconfig": kubeconfig, "token": TOKEN, "secret": SECRET_VALUE}), flush=True)
    sys.stdin.read()  # until the test closes our standard input or ends


if __name__ == "__main__":
    main()
