<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApiObjects</name>
        <message>
            <source>Helm release secret %1: %2</source>
            <translation>Helm release secret %1: %2</translation>
        </message>
        <message>
            <source>no release data.</source>
            <translation>no release data.</translation>
        </message>
        <message>
            <source>the release is not base64.</source>
            <translation>the release is not base64.</translation>
        </message>
        <message>
            <source>the release is not valid gzip.</source>
            <translation>the release is not valid gzip.</translation>
        </message>
        <message>
            <source>the release is not JSON.</source>
            <translation>the release is not JSON.</translation>
        </message>
        <message>
            <source>the release manifest is not YAML.</source>
            <translation>the release manifest is not YAML.</translation>
        </message>
    </context>
    <context>
        <name>BundleReader</name>
        <message>
            <source>An olm.constraint</source>
            <translation>An olm.constraint</translation>
        </message>
        <message>
            <source>an olm.constraint needs one of all, any, not, package, gvk or cel</source>
            <translation>an olm.constraint needs one of all, any, not, package, gvk or cel</translation>
        </message>
        <message>
            <source>A dependency or property</source>
            <translation>A dependency or property</translation>
        </message>
        <message>
            <source>The value of %1</source>
            <translation>The value of %1</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>the file is larger than %1 MB</translation>
        </message>
        <message>
            <source>annotations.yaml</source>
            <translation>annotations.yaml</translation>
        </message>
        <message>
            <source>“annotations”</source>
            <translation>“annotations”</translation>
        </message>
        <message>
            <source>A ClusterServiceVersion</source>
            <translation>A ClusterServiceVersion</translation>
        </message>
        <message>
            <source>kind is “%1”, not ClusterServiceVersion</source>
            <translation>kind is “%1”, not ClusterServiceVersion</translation>
        </message>
        <message>
            <source>“metadata”</source>
            <translation>“metadata”</translation>
        </message>
        <message>
            <source>“spec”</source>
            <translation>“spec”</translation>
        </message>
        <message>
            <source>An install mode</source>
            <translation>An install mode</translation>
        </message>
        <message>
            <source>“customresourcedefinitions”</source>
            <translation>“customresourcedefinitions”</translation>
        </message>
        <message>
            <source>A CRD description</source>
            <translation>A CRD description</translation>
        </message>
        <message>
            <source>A metadata file</source>
            <translation>A metadata file</translation>
        </message>
        <message>
            <source>%1: not a folder</source>
            <translation>%1: not a folder</translation>
        </message>
        <message>
            <source>%1: no *.clusterserviceversion.yaml below this folder</source>
            <translation>%1: no *.clusterserviceversion.yaml below this folder</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 is missing</translation>
        </message>
        <message>
            <source>“names”</source>
            <translation>“names”</translation>
        </message>
        <message>
            <source>A CRD version</source>
            <translation>A CRD version</translation>
        </message>
    </context>
    <context>
        <name>Catalogs</name>
        <message>
            <source>%1: cannot be read (%2); using the next catalog.</source>
            <translation>%1: cannot be read (%2); using the next catalog.</translation>
        </message>
        <message>
            <source>%1; using the next catalog.</source>
            <translation>%1; using the next catalog.</translation>
        </message>
    </context>
    <context>
        <name>CollectCommand</name>
        <message>
            <source>Read FILE instead of $KUBECONFIG or ~/.kube/config.</source>
            <translation>Read FILE instead of $KUBECONFIG or ~/.kube/config.</translation>
        </message>
        <message>
            <source>Collect this context (repeatable; default: the current context).</source>
            <translation>Collect this context (repeatable; default: the current context).</translation>
        </message>
        <message>
            <source>Collect every context of the kubeconfig.</source>
            <translation>Collect every context of the kubeconfig.</translation>
        </message>
        <message>
            <source>Write one snapshot per context into DIR.</source>
            <translation>Write one snapshot per context into DIR.</translation>
        </message>
        <message>
            <source>Give up on a request after S seconds (default 30).</source>
            <translation>Give up on a request after S seconds (default 30).</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>unexpected argument “%1”.</translation>
        </message>
        <message>
            <source>name the output folder with -o DIR.</source>
            <translation>name the output folder with -o DIR.</translation>
        </message>
        <message>
            <source>--timeout “%1” is not a number of seconds.</source>
            <translation>--timeout “%1” is not a number of seconds.</translation>
        </message>
        <message>
            <source>use --context or --all-contexts, not both.</source>
            <translation>use --context or --all-contexts, not both.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>error: %1 cannot be created.</source>
            <translation>error: %1 cannot be created.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>warning: %1: insecure-skip-tls-verify is set; the server's identity was not checked.</source>
            <translation>warning: %1: insecure-skip-tls-verify is set; the server's identity was not checked.</translation>
        </message>
        <message>
            <source>CONTEXT</source>
            <translation>CONTEXT</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>MESSAGE</source>
            <translation>MESSAGE</translation>
        </message>
        <message>
            <source>%1 has no context to collect: name one with --context, or use --all-contexts on a kubeconfig that has contexts.</source>
            <translation>%1 has no context to collect: name one with --context, or use --all-contexts on a kubeconfig that has contexts.</translation>
        </message>
        <message>
            <source>Add the snapshots and their contexts to the workspace FILE (created when missing; a context collected again replaces its snapshot).</source>
            <translation>Add the snapshots and their contexts to the workspace FILE (created when missing; a context collected again replaces its snapshot).</translation>
        </message>
        <message>
            <source>warning: %1 now refreshes its contexts from %2 instead of %3.</source>
            <translation>warning: %1 now refreshes its contexts from %2 instead of %3.</translation>
        </message>
        <message>
            <source>Read at most N clusters at once (default %1).</source>
            <translation>Read at most N clusters at once (default %1).</translation>
        </message>
        <message>
            <source>--parallel “%1” is not a number from 1 to %2.</source>
            <translation>--parallel “%1” is not a number from 1 to %2.</translation>
        </message>
        <message>
            <source>--cluster-name and --service-account-dir go with --in-cluster.</source>
            <translation>--cluster-name and --service-account-dir go with --in-cluster.</translation>
        </message>
        <message>
            <source>--in-cluster reads the cluster it runs in: it takes no --%1.</source>
            <translation>--in-cluster reads the cluster it runs in: it takes no --%1.</translation>
        </message>
        <message>
            <source>--in-cluster needs --cluster-name NAME: a pod cannot tell which cluster of the fleet it is in.</source>
            <translation>--in-cluster needs --cluster-name NAME: a pod cannot tell which cluster of the fleet it is in.</translation>
        </message>
        <message>
            <source>Read the cluster this runs in, with the pod's service account (for a CronJob; needs --cluster-name).</source>
            <translation>Read the cluster this runs in, with the pod's service account (for a CronJob; needs --cluster-name).</translation>
        </message>
        <message>
            <source>With --in-cluster: the cluster's name in the fleet; its snapshot is DIR/NAME.yaml.</source>
            <translation>With --in-cluster: the cluster's name in the fleet; its snapshot is DIR/NAME.yaml.</translation>
        </message>
        <message>
            <source>With --in-cluster: read the token, ca.crt and namespace from DIR (default %1).</source>
            <translation>With --in-cluster: read the token, ca.crt and namespace from DIR (default %1).</translation>
        </message>
        <message>
            <source>%1: reading %2 with the service account of namespace “%3”</source>
            <translation>%1: reading %2 with the service account of namespace “%3”</translation>
        </message>
        <message>
            <source>Label every snapshot KEY=VALUE (repeatable), e.g. tier=production or region=osaka-dc: the window groups the fleet by them.</source>
            <translation>Label every snapshot KEY=VALUE (repeatable), e.g. tier=production or region=osaka-dc: the window groups the fleet by them.</translation>
        </message>
        <message>
            <source>--label “%1” is not KEY=VALUE.</source>
            <translation>--label “%1” is not KEY=VALUE.</translation>
        </message>
        <message>
            <source>Ask for lists N items a page (default %1, as kubectl's --chunk-size); larger pages mean fewer round trips on a slow link.</source>
            <translation>Ask for lists N items a page (default %1, as kubectl's --chunk-size); larger pages mean fewer round trips on a slow link.</translation>
        </message>
        <message>
            <source>--page-size “%1” is not a number from 1 to %2.</source>
            <translation>--page-size “%1” is not a number from 1 to %2.</translation>
        </message>
    </context>
    <context>
        <name>Collector</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) could not be read.</source>
            <translation>
                <numerusform>%n part could not be read.</numerusform>
                <numerusform>%n parts could not be read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Judge support windows on DATE instead of today.</source>
            <translation>Judge support windows on DATE instead of today.</translation>
        </message>
        <message>
            <source>Read catalogs from DIR before the built-in ones.</source>
            <translation>Read catalogs from DIR before the built-in ones.</translation>
        </message>
        <message>
            <source>Output format: %1 (default %2).</source>
            <translation>Output format: %1 (default %2).</translation>
        </message>
        <message>
            <source>kirikae %1: see kirikae --help for all commands.</source>
            <translation>kirikae %1: see kirikae --help for all commands.</translation>
        </message>
        <message>
            <source>--today “%1” is not a date of the form YYYY-MM-DD.</source>
            <translation>--today “%1” is not a date of the form YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--format “%1” is not one of: %2.</source>
            <translation>--format “%1” is not one of: %2.</translation>
        </message>
        <message>
            <source>--data “%1” is not a folder.</source>
            <translation>--data “%1” is not a folder.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>kirikae %1: %2</source>
            <translation>kirikae %1: %2</translation>
        </message>
        <message>
            <source>Try “kirikae %1 --help”.</source>
            <translation>Try “kirikae %1 --help”.</translation>
        </message>
        <message>
            <source>name at least one snapshot file.</source>
            <translation>name at least one snapshot file.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>kirikae: unknown command: %1 (not a file or folder either)</source>
            <translation>kirikae: unknown command: %1 (not a file or folder either)</translation>
        </message>
        <message>
            <source>Commands: %1.</source>
            <translation>Commands: %1.</translation>
        </message>
        <message>
            <source>Try “kirikae --help”.</source>
            <translation>Try “kirikae --help”.</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>--%1: “%2” is not a minor such as 1.34.</source>
            <translation>--%1: “%2” is not a minor such as 1.34.</translation>
        </message>
    </context>
    <context>
        <name>ComponentDefaults</name>
        <message>
            <source>The component catalog</source>
            <translation>The component catalog</translation>
        </message>
        <message>
            <source>A minor</source>
            <translation>A minor</translation>
        </message>
        <message>
            <source>“%1” is not a minor version.</source>
            <translation>“%1” is not a minor version.</translation>
        </message>
    </context>
    <context>
        <name>DebtCommand</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>SCORE</source>
            <translation>SCORE</translation>
        </message>
        <message>
            <source>CLUSTER</source>
            <translation>CLUSTER</translation>
        </message>
        <message>
            <source>AREA</source>
            <translation>AREA</translation>
        </message>
        <message>
            <source>REASONS</source>
            <translation>REASONS</translation>
        </message>
        <message>
            <source>Apply the waivers of the workspace FILE.</source>
            <translation>Apply the waivers of the workspace FILE.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to score.</source>
            <translation>Snapshot files, or folders of snapshots, to score.</translation>
        </message>
    </context>
    <context>
        <name>DebtScore</name>
        <message>
            <source> (%1, possible)</source>
            <translation> (%1, possible)</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Clients request %1</source>
            <translation>Clients request %1</translation>
        </message>
        <message>
            <source>%1 uses</source>
            <translation>%1 uses</translation>
        </message>
        <message>
            <source>%1 %2, already removed in %3: the next apply or helm upgrade fails%4</source>
            <translation>%1 %2, already removed in %3: the next apply or helm upgrade fails%4</translation>
        </message>
        <message>
            <source>%1 %2, removed in %3 — the next minor%4</source>
            <translation>%1 %2, removed in %3 — the next minor%4</translation>
        </message>
        <message>
            <source>%1 %2, removed in %3%4</source>
            <translation>%1 %2, removed in %3%4</translation>
        </message>
        <message>
            <source>%1 %2, deprecated%3</source>
            <translation>%1 %2, deprecated%3</translation>
        </message>
        <message>
            <source>Kubernetes %1 is out of upstream support, %2 minor(s) behind %3</source>
            <translation>Kubernetes %1 is out of upstream support, %2 minor(s) behind %3</translation>
        </message>
        <message>
            <source>Kubernetes %1 leaves upstream support in %2 day(s)</source>
            <translation>Kubernetes %1 leaves upstream support in %2 day(s)</translation>
        </message>
        <message>
            <source>%1 %2 is past the vendor's end of life</source>
            <translation>%1 %2 is past the vendor's end of life</translation>
        </message>
        <message>
            <source>%1 %2 is in extended support until %3</source>
            <translation>%1 %2 is in extended support until %3</translation>
        </message>
        <message>
            <source>%1 %2 against %3 on %4 place(s): %5</source>
            <translation>%1 %2 against %3 on %4 place(s): %5</translation>
        </message>
        <message>
            <source>%1: %2 installed, %3 waiting (%4 approval)</source>
            <translation>%1: %2 installed, %3 waiting (%4 approval)</translation>
        </message>
        <message>
            <source>%1 %2 is older than %3, what kubeadm ships with this minor</source>
            <translation>%1 %2 is older than %3, what kubeadm ships with this minor</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>manifest</translation>
        </message>
        <message>
            <source>helm</source>
            <translation>helm</translation>
        </message>
        <message>
            <source>last-applied</source>
            <translation>last-applied</translation>
        </message>
        <message>
            <source>managed-fields</source>
            <translation>managed-fields</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>metrics</translation>
        </message>
        <message>
            <source>helm release %1 revision %2</source>
            <translation>helm release %1 revision %2</translation>
        </message>
        <message>
            <source>%1 %2 does not support Kubernetes %3 (its own compatibility table)</source>
            <translation>%1 %2 does not support Kubernetes %3 (its own compatibility table)</translation>
        </message>
    </context>
    <context>
        <name>DeprecatedApis</name>
        <message>
            <source>The deprecated-API catalog</source>
            <translation>The deprecated-API catalog</translation>
        </message>
        <message>
            <source>An API entry</source>
            <translation>An API entry</translation>
        </message>
        <message>
            <source>“%1” is not a release such as 1.25.</source>
            <translation>“%1” is not a release such as 1.25.</translation>
        </message>
    </context>
    <context>
        <name>ExecCredential</name>
        <message>
            <source>the plugin did not print an ExecCredential (%1).</source>
            <translation>the plugin did not print an ExecCredential (%1).</translation>
        </message>
        <message>
            <source>the plugin printed JSON that is not an ExecCredential.</source>
            <translation>the plugin printed JSON that is not an ExecCredential.</translation>
        </message>
        <message>
            <source>the plugin's ExecCredential has neither a token nor a client certificate and key.</source>
            <translation>the plugin's ExecCredential has neither a token nor a client certificate and key.</translation>
        </message>
        <message>
            <source>the credential plugin “%1” needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal to log in, then try again.</source>
            <translation>the credential plugin “%1” needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal to log in, then try again.</translation>
        </message>
        <message>
            <source>the credential plugin “%1” was not found on PATH or in the usual install folders.</source>
            <translation>the credential plugin “%1” was not found on PATH or in the usual install folders.</translation>
        </message>
        <message>
            <source>the credential plugin “%1” could not be started (%2).</source>
            <translation>the credential plugin “%1” could not be started (%2).</translation>
        </message>
        <message>
            <source>the credential plugin “%1” did not answer within %2 s.</source>
            <translation>the credential plugin “%1” did not answer within %2 s.</translation>
        </message>
        <message>
            <source>the credential plugin “%1” failed (exit code %2): %3</source>
            <translation>the credential plugin “%1” failed (exit code %2): %3</translation>
        </message>
        <message>
            <source>credential plugin “%1”: %2</source>
            <translation>credential plugin “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>Open the bundled demo workspace.</source>
            <translation>Open the bundled demo workspace.</translation>
        </message>
        <message>
            <source>User interface language: ja or en.</source>
            <translation>User interface language: ja or en.</translation>
        </message>
        <message>
            <source>Render every page to DIR/&lt;page&gt;.png and exit.</source>
            <translation>Render every page to DIR/&lt;page&gt;.png and exit.</translation>
        </message>
        <message>
            <source>Judge support windows on DATE instead of today.</source>
            <translation>Judge support windows on DATE instead of today.</translation>
        </message>
        <message>
            <source>Read catalogs from DIR before the built-in ones.</source>
            <translation>Read catalogs from DIR before the built-in ones.</translation>
        </message>
        <message>
            <source>kirikae: %1</source>
            <translation>kirikae: %1</translation>
        </message>
        <message>
            <source>Try “kirikae --help”.</source>
            <translation>Try “kirikae --help”.</translation>
        </message>
        <message>
            <source>--lang “%1” is not ja or en.</source>
            <translation>--lang “%1” is not ja or en.</translation>
        </message>
        <message>
            <source>--today “%1” is not a date of the form YYYY-MM-DD.</source>
            <translation>--today “%1” is not a date of the form YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <source>Window size, e.g. 1366x768; --screenshot renders at this size (default 1280x800).</source>
            <translation>Window size, e.g. 1366x768; --screenshot renders at this size (default 1280x800).</translation>
        </message>
        <message>
            <source>--size “%1” is not of the form WIDTHxHEIGHT, e.g. 1366x768 (at least 640x480).</source>
            <translation>--size “%1” is not of the form WIDTHxHEIGHT, e.g. 1366x768 (at least 640x480).</translation>
        </message>
        <message>
            <source>The workspace could not be opened: %1</source>
            <translation>The workspace could not be opened: %1</translation>
        </message>
        <message>
            <source>Open the workspace FILE, or the folder DIR as a workspace (every snapshot under it).</source>
            <translation>Open the workspace FILE, or the folder DIR as a workspace (every snapshot under it).</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to open.</source>
            <translation>Snapshot files, or folders of snapshots, to open.</translation>
        </message>
        <message>
            <source>Kirikae plans Kubernetes upgrades across a fleet of clusters.

Without a command it opens the window (on the bundled demo fleet when nothing else is given).
Commands (run headless; see kirikae COMMAND --help):
  addons SNAPSHOT... [--target 1.N]   add-ons and Helm charts that hold back the target
  collect -o DIR         read clusters from kubeconfig contexts into snapshots (GET only)
  debt SNAPSHOT...       upgrade debt per cluster and area, ranked, with its reasons
  operators (SNAPSHOT | BUNDLE_DIR)...   the OLM dependency graph, resolved and ordered
  plan SNAPSHOT... --target 1.N -o FILE   the upgrade runbook as PDF, HTML or Markdown (or --format json)
  scan PATH... --target 1.N   deprecated and removed APIs in manifests and snapshots
  versions SNAPSHOT...   where each cluster stands in the support window
Exit codes: 0 fine, 1 runtime error, 2 usage error, 3 findings at or above --fail-on.</source>
            <translation>Kirikae plans Kubernetes upgrades across a fleet of clusters.

Without a command it opens the window (on the bundled demo fleet when nothing else is given).
Commands (run headless; see kirikae COMMAND --help):
  addons SNAPSHOT... [--target 1.N]   add-ons and Helm charts that hold back the target
  collect -o DIR         read clusters from kubeconfig contexts into snapshots (GET only)
  debt SNAPSHOT...       upgrade debt per cluster and area, ranked, with its reasons
  operators (SNAPSHOT | BUNDLE_DIR)...   the OLM dependency graph, resolved and ordered
  plan SNAPSHOT... --target 1.N -o FILE   the upgrade runbook as PDF, HTML or Markdown (or --format json)
  scan PATH... --target 1.N   deprecated and removed APIs in manifests and snapshots
  versions SNAPSHOT...   where each cluster stands in the support window
Exit codes: 0 fine, 1 runtime error, 2 usage error, 3 findings at or above --fail-on.</translation>
        </message>
    </context>
    <context>
        <name>KubeClient</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the server cannot be reached (%2).</source>
            <translation>%1: the server cannot be reached (%2).</translation>
        </message>
        <message>
            <source>%1: no answer within the time limit (%2).</source>
            <translation>%1: no answer within the time limit (%2).</translation>
        </message>
        <message>
            <source>%1: TLS failed (%2).</source>
            <translation>%1: TLS failed (%2).</translation>
        </message>
        <message>
            <source>%1: the answer is larger than %2 MB; it was not read.</source>
            <translation>%1: the answer is larger than %2 MB; it was not read.</translation>
        </message>
        <message>
            <source>%1: cancelled.</source>
            <translation>%1: cancelled.</translation>
        </message>
        <message>
            <source>%1: the connection failed (%2).</source>
            <translation>%1: the connection failed (%2).</translation>
        </message>
        <message>
            <source> The server says: %1</source>
            <translation> The server says: %1</translation>
        </message>
        <message>
            <source>%1: 401 Unauthorized — the credentials were not accepted.</source>
            <translation>%1: 401 Unauthorized — the credentials were not accepted.</translation>
        </message>
        <message>
            <source>%1: 403 Forbidden — the user may not read this.</source>
            <translation>%1: 403 Forbidden — the user may not read this.</translation>
        </message>
        <message>
            <source>%1: 404 Not Found.</source>
            <translation>%1: 404 Not Found.</translation>
        </message>
        <message>
            <source>%1: 410 Gone.</source>
            <translation>%1: 410 Gone.</translation>
        </message>
        <message>
            <source>%1: HTTP %2.</source>
            <translation>%1: HTTP %2.</translation>
        </message>
        <message>
            <source>%1: the answer is not a JSON object (%2 at byte %3).</source>
            <translation>%1: the answer is not a JSON object (%2 at byte %3).</translation>
        </message>
        <message>
            <source>%1: the answer is not a list (no “items”).</source>
            <translation>%1: the answer is not a list (no “items”).</translation>
        </message>
    </context>
    <context>
        <name>KubeConfig</name>
        <message>
            <source>“%1” is not valid base64.</source>
            <translation>“%1” is not valid base64.</translation>
        </message>
        <message>
            <source>“exec”</source>
            <translation>“exec”</translation>
        </message>
        <message>
            <source>An “env” entry</source>
            <translation>An “env” entry</translation>
        </message>
        <message>
            <source>A kubeconfig</source>
            <translation>A kubeconfig</translation>
        </message>
        <message>
            <source>A cluster entry</source>
            <translation>A cluster entry</translation>
        </message>
        <message>
            <source>“cluster”</source>
            <translation>“cluster”</translation>
        </message>
        <message>
            <source>A user entry</source>
            <translation>A user entry</translation>
        </message>
        <message>
            <source>“user”</source>
            <translation>“user”</translation>
        </message>
        <message>
            <source>A context entry</source>
            <translation>A context entry</translation>
        </message>
        <message>
            <source>“context”</source>
            <translation>“context”</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>cannot be opened (%1).</translation>
        </message>
        <message>
            <source>is too large to be a kubeconfig.</source>
            <translation>is too large to be a kubeconfig.</translation>
        </message>
        <message>
            <source>No kubeconfig found (looked for %1).</source>
            <translation>No kubeconfig found (looked for %1).</translation>
        </message>
        <message>
            <source>The context “%1” is not in the kubeconfig.</source>
            <translation>The context “%1” is not in the kubeconfig.</translation>
        </message>
        <message>
            <source>The context “%1” names the cluster “%2”, which the kubeconfig does not define.</source>
            <translation>The context “%1” names the cluster “%2”, which the kubeconfig does not define.</translation>
        </message>
        <message>
            <source>The cluster “%1” has no server address.</source>
            <translation>The cluster “%1” has no server address.</translation>
        </message>
        <message>
            <source>The context “%1” names the user “%2”, which the kubeconfig does not define.</source>
            <translation>The context “%1” names the user “%2”, which the kubeconfig does not define.</translation>
        </message>
        <message>
            <source>The user “%1” uses the auth-provider “%2”, which kubectl no longer supports; switch it to an exec plugin (for example gke-gcloud-auth-plugin or kubelogin).</source>
            <translation>The user “%1” uses the auth-provider “%2”, which kubectl no longer supports; switch it to an exec plugin (for example gke-gcloud-auth-plugin or kubelogin).</translation>
        </message>
        <message>
            <source>The %1 file %2 of context “%3” cannot be read (%4).</source>
            <translation>The %1 file %2 of context “%3” cannot be read (%4).</translation>
        </message>
        <message>
            <source>certificate-authority</source>
            <translation>certificate-authority</translation>
        </message>
        <message>
            <source>client-certificate</source>
            <translation>client-certificate</translation>
        </message>
        <message>
            <source>client-key</source>
            <translation>client-key</translation>
        </message>
        <message>
            <source>tokenFile</source>
            <translation>tokenFile</translation>
        </message>
    </context>
    <context>
        <name>ManifestScanner</name>
        <message>
            <source>no such file or folder.</source>
            <translation>no such file or folder.</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>cannot be opened (%1).</translation>
        </message>
        <message>
            <source>is larger than %1 MB; not scanned.</source>
            <translation>is larger than %1 MB; not scanned.</translation>
        </message>
        <message>
            <source>is a binary file, not YAML.</source>
            <translation>is a binary file, not YAML.</translation>
        </message>
        <message>
            <source>not valid YAML: %1</source>
            <translation>not valid YAML: %1</translation>
        </message>
        <message>
            <source>is empty: nothing to scan.</source>
            <translation>is empty: nothing to scan.</translation>
        </message>
        <message>
            <source>is not UTF-8 text.</source>
            <translation>is not UTF-8 text.</translation>
        </message>
        <message>
            <source>unexpected structure: %1</source>
            <translation>unexpected structure: %1</translation>
        </message>
        <message>
            <source>no metadata: the object has no name.</source>
            <translation>no metadata: the object has no name.</translation>
        </message>
        <message>
            <source>“metadata” on line %1 is not a mapping: the object has no name.</source>
            <translation>“metadata” on line %1 is not a mapping: the object has no name.</translation>
        </message>
        <message>
            <source>“metadata.%1” on line %2 is not a single value (an unrendered template?): it is left empty.</source>
            <translation>“metadata.%1” on line %2 is not a single value (an unrendered template?): it is left empty.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>CLUSTER</translation>
        </message>
        <message>
            <source>PACKAGE</source>
            <translation>PACKAGE</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>NEEDS</source>
            <translation>NEEDS</translation>
        </message>
        <message>
            <source>missing: %1 (%2) needs %3: %4</source>
            <translation>missing: %1 (%2) needs %3: %4</translation>
        </message>
        <message>
            <source>blocked: %1 (%2): %3</source>
            <translation>blocked: %1 (%2): %3</translation>
        </message>
        <message>
            <source>cycle: %1</source>
            <translation>cycle: %1</translation>
        </message>
        <message>
            <source>Snapshot files and folders of OLM bundles.</source>
            <translation>Snapshot files and folders of OLM bundles.</translation>
        </message>
        <message>
            <source>Check operators against Kubernetes minor VERSION (e.g. 1.30).</source>
            <translation>Check operators against Kubernetes minor VERSION (e.g. 1.30).</translation>
        </message>
        <message>
            <source>give at least one snapshot or bundle folder.</source>
            <translation>give at least one snapshot or bundle folder.</translation>
        </message>
        <message>
            <source>--target: “%1” is not a minor such as 1.30.</source>
            <translation>--target: “%1” is not a minor such as 1.30.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanCommand</name>
        <message>
            <source>The Kubernetes minor to reach, e.g. 1.34.</source>
            <translation>The Kubernetes minor to reach, e.g. 1.34.</translation>
        </message>
        <message>
            <source>in-place (default) or blue-green.</source>
            <translation>in-place (default) or blue-green.</translation>
        </message>
        <message>
            <source>Blue/green: the new cluster's snapshot, to compare API surfaces.</source>
            <translation>Blue/green: the new cluster's snapshot, to compare API surfaces.</translation>
        </message>
        <message>
            <source>Language of the runbook: ja or en (default en).</source>
            <translation>Language of the runbook: ja or en (default en).</translation>
        </message>
        <message>
            <source>Show the waivers of the workspace FILE.</source>
            <translation>Show the waivers of the workspace FILE.</translation>
        </message>
        <message>
            <source>Write the runbook to FILE (.pdf, .html or .md).</source>
            <translation>Write the runbook to FILE (.pdf, .html or .md).</translation>
        </message>
        <message>
            <source>-o “%1”: the file name must end in .pdf, .html or .md.</source>
            <translation>-o “%1”: the file name must end in .pdf, .html or .md.</translation>
        </message>
        <message>
            <source>--target needs a minor such as 1.34.</source>
            <translation>--target needs a minor such as 1.34.</translation>
        </message>
        <message>
            <source>--strategy “%1” is not in-place or blue-green.</source>
            <translation>--strategy “%1” is not in-place or blue-green.</translation>
        </message>
        <message>
            <source>--lang “%1” is not ja or en.</source>
            <translation>--lang “%1” is not ja or en.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>Runbook written to %1</source>
            <translation>Runbook written to %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 → %3, %n hop(s); open blockers: %4</source>
            <translation>
                <numerusform>%1: %2 → %3, %n hop; open blockers: %4</numerusform>
                <numerusform>%1: %2 → %3, %n hops; open blockers: %4</numerusform>
            </translation>
        </message>
        <message>
            <source>-o FILE.pdf|.html|.md or --format json is required.</source>
            <translation>-o FILE.pdf|.html|.md or --format json is required.</translation>
        </message>
        <message>
            <source>The clusters to plan: snapshot files or folders (several clusters: a fleet plan).</source>
            <translation>The clusters to plan: snapshot files or folders (several clusters: a fleet plan).</translation>
        </message>
        <message>
            <source>A folder of OLM bundles: the operators' next releases, whose CRDs may stop serving a stored version (repeatable).</source>
            <translation>A folder of OLM bundles: the operators' next releases, whose CRDs may stop serving a stored version (repeatable).</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>The fleet schedule upgrades at most N clusters of one tier at the same time (default: the workspace's upgradesAtOnce, else %1).</source>
            <translation>The fleet schedule upgrades at most N clusters of one tier at the same time (default: the workspace's upgradesAtOnce, else %1).</translation>
        </message>
        <message>
            <source>--at-once “%1” is not a number from 1 to %2.</source>
            <translation>--at-once “%1” is not a number from 1 to %2.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseCalendar</name>
        <message>
            <source>The release catalog</source>
            <translation>The release catalog</translation>
        </message>
        <message>
            <source>“%1” is not a minor version such as 1.29.</source>
            <translation>“%1” is not a minor version such as 1.29.</translation>
        </message>
        <message>
            <source>the catalog lists no releases.</source>
            <translation>the catalog lists no releases.</translation>
        </message>
    </context>
    <context>
        <name>Runbook</name>
        <message>
            <source>Blue/green: build a new cluster and switch to it</source>
            <translation>Blue/green: build a new cluster and switch to it</translation>
        </message>
        <message>
            <source>In place, one minor at a time</source>
            <translation>In place, one minor at a time</translation>
        </message>
        <message>
            <source>Kubernetes (kubeadm or self-managed)</source>
            <translation>Kubernetes (kubeadm or self-managed)</translation>
        </message>
        <message>
            <source>GO: nothing blocks the route</source>
            <translation>GO: nothing blocks the route</translation>
        </message>
        <message numerus="yes">
            <source>NO-GO: %n open blocker(s)</source>
            <translation>
                <numerusform>NO-GO: %n open blocker</numerusform>
                <numerusform>NO-GO: %n open blockers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n accepted by waiver)</source>
            <translation>
                <numerusform> (%n accepted by waiver)</numerusform>
                <numerusform> (%n accepted by waiver)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Current version</source>
            <translation>Current version</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>snapshot collected %1</source>
            <translation>snapshot collected %1</translation>
        </message>
        <message>
            <source>Support of the current minor ends</source>
            <translation>Support of the current minor ends</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>New cluster</translation>
        </message>
        <message>
            <source>Go/no-go</source>
            <translation>Go/no-go</translation>
        </message>
        <message>
            <source>Remove it: the API has no replacement.</source>
            <translation>Remove it: the API has no replacement.</translation>
        </message>
        <message>
            <source>Rewrite it as %1.</source>
            <translation>Rewrite it as %1.</translation>
        </message>
        <message>
            <source>Waived: %1 (%2)</source>
            <translation>Waived: %1 (%2)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>%1 %2 uses %3, removed in %4</source>
            <translation>%1 %2 uses %3, removed in %4</translation>
        </message>
        <message>
            <source>Upgrade the operator to a version that allows the target, or remove it, before this hop.</source>
            <translation>Upgrade the operator to a version that allows the target, or remove it, before this hop.</translation>
        </message>
        <message>
            <source>Not served by the new cluster: %1</source>
            <translation>Not served by the new cluster: %1</translation>
        </message>
        <message>
            <source>Convert the manifest before it is re-applied or restored.</source>
            <translation>Convert the manifest before it is re-applied or restored.</translation>
        </message>
        <message>
            <source>No blocker was found in the evidence of the snapshot.</source>
            <translation>No blocker was found in the evidence of the snapshot.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Hop</source>
            <translation>Hop</translation>
        </message>
        <message>
            <source>Blocker</source>
            <translation>Blocker</translation>
        </message>
        <message>
            <source>Required action</source>
            <translation>Required action</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The version-skew policy also sets an order (handled in the steps below):</source>
            <translation>The version-skew policy also sets an order (handled in the steps below):</translation>
        </message>
        <message>
            <source>Operator dependencies that are not met today:</source>
            <translation>Operator dependencies that are not met today:</translation>
        </message>
        <message>
            <source>The snapshot could not see everything; blockers may hide there: %1</source>
            <translation>The snapshot could not see everything; blockers may hide there: %1</translation>
        </message>
        <message>
            <source>Pre-checks</source>
            <translation>Pre-checks</translation>
        </message>
        <message>
            <source>Confirm the evidence is current</source>
            <translation>Confirm the evidence is current</translation>
        </message>
        <message>
            <source>This runbook is based on the snapshot of %1. Collect again and compare before the change window.</source>
            <translation>This runbook is based on the snapshot of %1. Collect again and compare before the change window.</translation>
        </message>
        <message>
            <source>The new plan shows no blocker that this one does not.</source>
            <translation>The new plan shows no blocker that this one does not.</translation>
        </message>
        <message>
            <source>Check that the cluster is healthy</source>
            <translation>Check that the cluster is healthy</translation>
        </message>
        <message>
            <source>Every node is Ready, no pod is failing, and no PodDisruptionBudget allows 0 disruptions (it would block draining).</source>
            <translation>Every node is Ready, no pod is failing, and no PodDisruptionBudget allows 0 disruptions (it would block draining).</translation>
        </message>
        <message>
            <source>See what the platform offers</source>
            <translation>See what the platform offers</translation>
        </message>
        <message>
            <source>%1 is offered as the next version.</source>
            <translation>%1 is offered as the next version.</translation>
        </message>
        <message>
            <source>Check the operators</source>
            <translation>Check the operators</translation>
        </message>
        <message>
            <source>Every ClusterServiceVersion is Succeeded; no InstallPlan waits for approval unexpectedly.</source>
            <translation>Every ClusterServiceVersion is Succeeded; no InstallPlan waits for approval unexpectedly.</translation>
        </message>
        <message>
            <source>Find clients of deprecated APIs</source>
            <translation>Find clients of deprecated APIs</translation>
        </message>
        <message>
            <source>No request to an API that the route removes.</source>
            <translation>No request to an API that the route removes.</translation>
        </message>
        <message>
            <source>Move objects off the APIs that %1 removes</source>
            <translation>Move objects off the APIs that %1 removes</translation>
        </message>
        <message>
            <source>The scan finds nothing removed in %1; the objects are stored with the new version.</source>
            <translation>The scan finds nothing removed in %1; the objects are stored with the new version.</translation>
        </message>
        <message>
            <source>Move the operators, dependencies first</source>
            <translation>Move the operators, dependencies first</translation>
        </message>
        <message>
            <source>Each operator's new CSV is Succeeded before the next one is approved.</source>
            <translation>Each operator's new CSV is Succeeded before the next one is approved.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>[%1] Upgrade node pool %2 first (kubelet %3)</source>
            <translation>[%1] Upgrade node pool %2 first (kubelet %3)</translation>
        </message>
        <message>
            <source>The pool's nodes report kubelet %1 and are Ready.</source>
            <translation>The pool's nodes report kubelet %1 and are Ready.</translation>
        </message>
        <message>
            <source>[%1] Back up before the control plane moves</source>
            <translation>[%1] Back up before the control plane moves</translation>
        </message>
        <message>
            <source>An etcd snapshot is the only way back from a failed control-plane upgrade.</source>
            <translation>An etcd snapshot is the only way back from a failed control-plane upgrade.</translation>
        </message>
        <message>
            <source>The platform gives no etcd access: back the workloads up with Velero.</source>
            <translation>The platform gives no etcd access: back the workloads up with Velero.</translation>
        </message>
        <message>
            <source>The backup is complete and readable.</source>
            <translation>The backup is complete and readable.</translation>
        </message>
        <message>
            <source>[%1] Upgrade the control plane</source>
            <translation>[%1] Upgrade the control plane</translation>
        </message>
        <message>
            <source>OpenShift %1 ships Kubernetes %2.</source>
            <translation>OpenShift %1 ships Kubernetes %2.</translation>
        </message>
        <message>
            <source>kubectl version reports server %1.</source>
            <translation>kubectl version reports server %1.</translation>
        </message>
        <message>
            <source>kubeadm %1 ships etcd %2 and CoreDNS %3.</source>
            <translation>kubeadm %1 ships etcd %2 and CoreDNS %3.</translation>
        </message>
        <message>
            <source>[%1] Bring the add-ons along</source>
            <translation>[%1] Bring the add-ons along</translation>
        </message>
        <message>
            <source>The add-ons run the versions made for %1.</source>
            <translation>The add-ons run the versions made for %1.</translation>
        </message>
        <message>
            <source>Upgrade node pool %1 to %2</source>
            <translation>Upgrade node pool %1 to %2</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s), kubelet %1 today; drain them one at a time.</source>
            <translation>
                <numerusform>%n node, kubelet %1 today; drain them one at a time.</numerusform>
                <numerusform>%n nodes, kubelet %1 today; drain them one at a time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every node of the pool reports kubelet %1 and is Ready.</source>
            <translation>Every node of the pool reports kubelet %1 and is Ready.</translation>
        </message>
        <message>
            <source>Build the new cluster at %1</source>
            <translation>Build the new cluster at %1</translation>
        </message>
        <message>
            <source>kubectl version against the new cluster reports server %1.</source>
            <translation>kubectl version against the new cluster reports server %1.</translation>
        </message>
        <message>
            <source>Install the operators on the new cluster, dependencies first</source>
            <translation>Install the operators on the new cluster, dependencies first</translation>
        </message>
        <message>
            <source>Every operator is Succeeded.</source>
            <translation>Every operator is Succeeded.</translation>
        </message>
        <message>
            <source>Back up the old cluster with Velero</source>
            <translation>Back up the old cluster with Velero</translation>
        </message>
        <message>
            <source>The backup is Completed, with no errors.</source>
            <translation>The backup is Completed, with no errors.</translation>
        </message>
        <message>
            <source>Convert the manifests to the APIs of %1</source>
            <translation>Convert the manifests to the APIs of %1</translation>
        </message>
        <message>
            <source>The scan finds nothing removed in %1.</source>
            <translation>The scan finds nothing removed in %1.</translation>
        </message>
        <message>
            <source>Restore into the new cluster</source>
            <translation>Restore into the new cluster</translation>
        </message>
        <message>
            <source>Velero restores each object in the API version the old cluster preferred. Objects whose version the new cluster no longer serves fail to restore: re-apply them from the converted manifests instead (or back up with the EnableAPIGroupVersions feature).</source>
            <translation>Velero restores each object in the API version the old cluster preferred. Objects whose version the new cluster no longer serves fail to restore: re-apply them from the converted manifests instead (or back up with the EnableAPIGroupVersions feature).</translation>
        </message>
        <message>
            <source>The restore is Completed; the warnings name only objects re-applied by hand.</source>
            <translation>The restore is Completed; the warnings name only objects re-applied by hand.</translation>
        </message>
        <message>
            <source>Verify the new cluster</source>
            <translation>Verify the new cluster</translation>
        </message>
        <message>
            <source>Workloads are Running, volumes Bound, smoke tests pass.</source>
            <translation>Workloads are Running, volumes Bound, smoke tests pass.</translation>
        </message>
        <message>
            <source>Switch the traffic</source>
            <translation>Switch the traffic</translation>
        </message>
        <message>
            <source>Lower the DNS TTL a day ahead; move traffic by weighted DNS records or the load balancer's target groups, a small share first.</source>
            <translation>Lower the DNS TTL a day ahead; move traffic by weighted DNS records or the load balancer's target groups, a small share first.</translation>
        </message>
        <message>
            <source>Error rates and latency on the new cluster match the old one.</source>
            <translation>Error rates and latency on the new cluster match the old one.</translation>
        </message>
        <message>
            <source>Keep the old cluster for rollback</source>
            <translation>Keep the old cluster for rollback</translation>
        </message>
        <message>
            <source>Scale nothing down yet; keep it untouched until the agreed observation period ends.</source>
            <translation>Scale nothing down yet; keep it untouched until the agreed observation period ends.</translation>
        </message>
        <message>
            <source>Decommission the old cluster</source>
            <translation>Decommission the old cluster</translation>
        </message>
        <message>
            <source>After the observation period: remove DNS records, delete the cluster, keep the last Velero backup.</source>
            <translation>After the observation period: remove DNS records, delete the cluster, keep the last Velero backup.</translation>
        </message>
        <message>
            <source>Post-checks</source>
            <translation>Post-checks</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Server and every kubelet at %1.</source>
            <translation>Server and every kubelet at %1.</translation>
        </message>
        <message>
            <source>Workloads and operators</source>
            <translation>Workloads and operators</translation>
        </message>
        <message>
            <source>Nothing crash-looping; every CSV Succeeded.</source>
            <translation>Nothing crash-looping; every CSV Succeeded.</translation>
        </message>
        <message>
            <source>Deprecated API requests</source>
            <translation>Deprecated API requests</translation>
        </message>
        <message>
            <source>No request to an API removed in %1.</source>
            <translation>No request to an API removed in %1.</translation>
        </message>
        <message>
            <source>Record the new state</source>
            <translation>Record the new state</translation>
        </message>
        <message>
            <source>The fleet view shows the cluster at %1 and its debt has gone down.</source>
            <translation>The fleet view shows the cluster at %1 and its debt has gone down.</translation>
        </message>
        <message>
            <source>Rollback</source>
            <translation>Rollback</translation>
        </message>
        <message>
            <source>Until the old cluster is decommissioned, rolling back is switching the traffic back to it.</source>
            <translation>Until the old cluster is decommissioned, rolling back is switching the traffic back to it.</translation>
        </message>
        <message>
            <source>Data written on the new cluster after the switch must be copied back, or it is lost: agree on this before switching.</source>
            <translation>Data written on the new cluster after the switch must be copied back, or it is lost: agree on this before switching.</translation>
        </message>
        <message>
            <source>Kubernetes does not downgrade a control plane: a failed hop is undone only by restoring the backup taken just before it.</source>
            <translation>Kubernetes does not downgrade a control plane: a failed hop is undone only by restoring the backup taken just before it.</translation>
        </message>
        <message>
            <source>Restore the etcd snapshot of that hop on every control-plane node (etcdutl snapshot restore), then restart the control plane at the previous version.</source>
            <translation>Restore the etcd snapshot of that hop on every control-plane node (etcdutl snapshot restore), then restart the control plane at the previous version.</translation>
        </message>
        <message>
            <source>On %1 the control plane cannot be moved back at all. The way back is a new cluster at the old version, restored from the Velero backup.</source>
            <translation>On %1 the control plane cannot be moved back at all. The way back is a new cluster at the old version, restored from the Velero backup.</translation>
        </message>
        <message>
            <source>Node pools can be rolled back while the control plane still allows their version: recreate them at the old version and drain the new nodes.</source>
            <translation>Node pools can be rolled back while the control plane still allows their version: recreate them at the old version and drain the new nodes.</translation>
        </message>
        <message>
            <source>Operators cannot be downgraded by OLM: keep the old CSV's manifests and the backup of their custom resources.</source>
            <translation>Operators cannot be downgraded by OLM: keep the old CSV's manifests and the backup of their custom resources.</translation>
        </message>
        <message>
            <source>Accepted waivers</source>
            <translation>Accepted waivers</translation>
        </message>
        <message>
            <source>No waiver is recorded for this cluster.</source>
            <translation>No waiver is recorded for this cluster.</translation>
        </message>
        <message>
            <source>until the cluster reaches %1</source>
            <translation>until the cluster reaches %1</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>Reviewed by (platform team)</source>
            <translation>Reviewed by (platform team)</translation>
        </message>
        <message>
            <source>Approved by (service owner)</source>
            <translation>Approved by (service owner)</translation>
        </message>
        <message>
            <source>Change window</source>
            <translation>Change window</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Upgrade runbook: %1 %2 → %3</source>
            <translation>Upgrade runbook: %1 %2 → %3</translation>
        </message>
        <message numerus="yes">
            <source>Fleet upgrade plan: %n cluster(s)</source>
            <translation>
                <numerusform>Fleet upgrade plan: %n cluster</numerusform>
                <numerusform>Fleet upgrade plan: %n clusters</numerusform>
            </translation>
        </message>
        <message>
            <source>Prepared %1</source>
            <translation>Prepared %1</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Open blockers</source>
            <translation>Open blockers</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Development first, then staging, then production; each cluster finishes before its support ends and soaks for 14 days before the next tier starts.</source>
            <translation>Development first, then staging, then production; each cluster finishes before its support ends and soaks for 14 days before the next tier starts.</translation>
        </message>
        <message>
            <source>development</source>
            <translation>development</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>staging</translation>
        </message>
        <message>
            <source>production</source>
            <translation>production</translation>
        </message>
        <message>
            <source>blue/green</source>
            <translation>blue/green</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>in place</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1 (late)</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>Support ends</translation>
        </message>
        <message>
            <source>Start by</source>
            <translation>Start by</translation>
        </message>
        <message>
            <source>Finish by</source>
            <translation>Finish by</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Clients still request %1 in %2, removed in %3</source>
            <translation>Clients still request %1 in %2, removed in %3</translation>
        </message>
        <message>
            <source>%1 needs Kubernetes %2 or later (minKubeVersion); the target is %3.</source>
            <translation>%1 needs Kubernetes %2 or later (minKubeVersion); the target is %3.</translation>
        </message>
        <message>
            <source>%1 supports OpenShift up to %2 (olm.maxOpenShiftVersion); this hop goes to %3.</source>
            <translation>%1 supports OpenShift up to %2 (olm.maxOpenShiftVersion); this hop goes to %3.</translation>
        </message>
        <message>
            <source>Before %1: upgrade %2 %3 on %4; against kube-apiserver %1 it would fall outside the version-skew policy.</source>
            <translation>Before %1: upgrade %2 %3 on %4; against kube-apiserver %1 it would fall outside the version-skew policy.</translation>
        </message>
        <message>
            <source>%1 needs %2; no installed operator satisfies it.</source>
            <translation>%1 needs %2; no installed operator satisfies it.</translation>
        </message>
        <message>
            <source>The new cluster runs on %1, the old one on %2: the commands below are the new platform's. Storage classes, load balancers, identities and network policies differ between platforms and must be mapped by hand.</source>
            <translation>The new cluster runs on %1, the old one on %2: the commands below are the new platform's. Storage classes, load balancers, identities and network policies differ between platforms and must be mapped by hand.</translation>
        </message>
        <message>
            <source>The new cluster runs Kubernetes %1, so the plan goes to %1 rather than the target chosen.</source>
            <translation>The new cluster runs Kubernetes %1, so the plan goes to %1 rather than the target chosen.</translation>
        </message>
        <message>
            <source>Against kube-apiserver %1, %2 would fall outside the version-skew policy.</source>
            <translation>Against kube-apiserver %1, %2 would fall outside the version-skew policy.</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>Workloads</translation>
        </message>
        <message>
            <source>Nothing crash-looping.</source>
            <translation>Nothing crash-looping.</translation>
        </message>
        <message>
            <source>%1 is late: support ends %2 and it can no longer start early enough.</source>
            <translation>%1 is late: support ends %2 and it can no longer start early enough.</translation>
        </message>
        <message>
            <source>%1 is late: it waits for a release and cannot finish before support ends %2.</source>
            <translation>%1 is late: it waits for a release and cannot finish before support ends %2.</translation>
        </message>
        <message>
            <source>%1 waits for a minor projected for %2 (not announced yet).</source>
            <translation>%1 waits for a minor projected for %2 (not announced yet).</translation>
        </message>
        <message>
            <source>%1 waits for a minor released %2.</source>
            <translation>%1 waits for a minor released %2.</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>; changed by %1 on %2</source>
            <translation>; changed by %1 on %2</translation>
        </message>
        <message>
            <source>standard support</source>
            <translation>standard support</translation>
        </message>
        <message>
            <source>extended support</source>
            <translation>extended support</translation>
        </message>
        <message>
            <source>maintenance support</source>
            <translation>maintenance support</translation>
        </message>
        <message>
            <source>end of life</source>
            <translation>end of life</translation>
        </message>
        <message>
            <source>unknown (%1): no source states the price; enter your contract's price in the workspace</source>
            <translation>unknown (%1): no source states the price; enter your contract's price in the workspace</translation>
        </message>
        <message>
            <source>%1 a month (%2)</source>
            <translation>%1 a month (%2)</translation>
        </message>
        <message>
            <source>; your contract's price</source>
            <translation>; your contract's price</translation>
        </message>
        <message>
            <source>; a third-party figure, not the vendor's (%1)</source>
            <translation>; a third-party figure, not the vendor's (%1)</translation>
        </message>
        <message>
            <source>; source: %1</source>
            <translation>; source: %1</translation>
        </message>
        <message>
            <source>Support fee today</source>
            <translation>Support fee today</translation>
        </message>
        <message>
            <source>Fee from %1</source>
            <translation>Fee from %1</translation>
        </message>
        <message>
            <source>no statement found about forced upgrades by %1 (%2)</source>
            <translation>no statement found about forced upgrades by %1 (%2)</translation>
        </message>
        <message>
            <source>%1%2: %3 upgrades the control plane to %4; node pools stay where they are</source>
            <translation>%1%2: %3 upgrades the control plane to %4; node pools stay where they are</translation>
        </message>
        <message>
            <source> (projected)</source>
            <translation> (projected)</translation>
        </message>
        <message>
            <source>%1%2: %3 upgrades the control plane and the node pools to %4</source>
            <translation>%1%2: %3 upgrades the control plane and the node pools to %4</translation>
        </message>
        <message>
            <source>Vendor's forced upgrade</source>
            <translation>Vendor's forced upgrade</translation>
        </message>
        <message>
            <source>%1 upgrades the control plane to %2 on %3, before this plan is done; then: %4</source>
            <translation>%1 upgrades the control plane to %2 on %3, before this plan is done; then: %4</translation>
        </message>
        <message>
            <source>nothing found breaks</source>
            <translation>nothing found breaks</translation>
        </message>
        <message>
            <source>Finish the first hop before that day, or agree a postponement with the vendor where it allows one.</source>
            <translation>Finish the first hop before that day, or agree a postponement with the vendor where it allows one.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>, on %1 where the vendor has moved it</source>
            <translation>, on %1 where the vendor has moved it</translation>
        </message>
        <message>
            <source>%1 %2 on %3 falls outside the version-skew policy</source>
            <translation>%1 %2 on %3 falls outside the version-skew policy</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>helm release %1 revision %2</source>
            <translation>helm release %1 revision %2</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>manifest</translation>
        </message>
        <message>
            <source>last-applied</source>
            <translation>last-applied</translation>
        </message>
        <message>
            <source>managed-fields</source>
            <translation>managed-fields</translation>
        </message>
        <message>
            <source>API discovery</source>
            <translation>API discovery</translation>
        </message>
        <message>
            <source>%1 may upgrade the control plane to %2 at any time: its date, %3, has passed; then: %4</source>
            <translation>%1 may upgrade the control plane to %2 at any time: its date, %3, has passed; then: %4</translation>
        </message>
        <message>
            <source>Check the new cluster %1</source>
            <translation>Check the new cluster %1</translation>
        </message>
        <message>
            <source>The new cluster exists already; this plan compared its API surface with the old one's.</source>
            <translation>The new cluster exists already; this plan compared its API surface with the old one's.</translation>
        </message>
        <message>
            <source>%1 %2 does not support Kubernetes %3</source>
            <translation>%1 %2 does not support Kubernetes %3</translation>
        </message>
        <message>
            <source>Helm release %1 (chart %2 %3) requires kubeVersion %4: Helm refuses it on %5</source>
            <translation>Helm release %1 (chart %2 %3) requires kubeVersion %4: Helm refuses it on %5</translation>
        </message>
        <message>
            <source>Upgrade it to a release that supports the target before this hop.</source>
            <translation>Upgrade it to a release that supports the target before this hop.</translation>
        </message>
        <message>
            <source>Upgrade it to %1 or later before this hop.</source>
            <translation>Upgrade it to %1 or later before this hop.</translation>
        </message>
        <message>
            <source>[%1] Upgrade the add-ons that do not run on %2</source>
            <translation>[%1] Upgrade the add-ons that do not run on %2</translation>
        </message>
        <message>
            <source>Each add-on runs a release that supports %1.</source>
            <translation>Each add-on runs a release that supports %1.</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>CRD manifest of bundle %1</source>
            <translation>CRD manifest of bundle %1</translation>
        </message>
        <message>
            <source>owned CRDs of %1</source>
            <translation>owned CRDs of %1</translation>
        </message>
        <message>
            <source>deprecated-API catalog</source>
            <translation>deprecated-API catalog</translation>
        </message>
        <message>
            <source>CRD %1 still lists %2 in status.storedVersions; %3 no longer serves it (serves %4)</source>
            <translation>CRD %1 still lists %2 in status.storedVersions; %3 no longer serves it (serves %4)</translation>
        </message>
        <message>
            <source>Migrate the stored objects to a served version and remove %1 from status.storedVersions before this hop.</source>
            <translation>Migrate the stored objects to a served version and remove %1 from status.storedVersions before this hop.</translation>
        </message>
        <message>
            <source>ClusterVersion %1</source>
            <translation>ClusterVersion %1</translation>
        </message>
        <message>
            <source>OpenShift %1 is not offered to the cluster: the update graph of channel %2 has no update to it</source>
            <translation>OpenShift %1 is not offered to the cluster: the update graph of channel %2 has no update to it</translation>
        </message>
        <message>
            <source>Move to the newest z-stream the graph offers, then check oc adm upgrade again; never force an update the graph does not offer.</source>
            <translation>Move to the newest z-stream the graph offers, then check oc adm upgrade again; never force an update the graph does not offer.</translation>
        </message>
        <message>
            <source>The update to %1 is not recommended (%2)</source>
            <translation>The update to %1 is not recommended (%2)</translation>
        </message>
        <message>
            <source>Find out why before updating.</source>
            <translation>Find out why before updating.</translation>
        </message>
        <message>
            <source>The update to %1 has a known risk, %2: %3</source>
            <translation>The update to %1 has a known risk, %2: %3</translation>
        </message>
        <message>
            <source>Check whether the cluster is exposed (%1); update with --allow-not-recommended only when it is not, else wait for a release that fixes it.</source>
            <translation>Check whether the cluster is exposed (%1); update with --allow-not-recommended only when it is not, else wait for a release that fixes it.</translation>
        </message>
        <message>
            <source>EUS to EUS, %1 → %3 in channel %4: only the control plane moves to %2; the worker machine config pools stay paused on %1 until the control plane reaches %3.</source>
            <translation>EUS to EUS, %1 → %3 in channel %4: only the control plane moves to %2; the worker machine config pools stay paused on %1 until the control plane reaches %3.</translation>
        </message>
        <message>
            <source>The cluster's channel does not offer OpenShift %1 yet: switch to %2 and check the update graph again.</source>
            <translation>The cluster's channel does not offer OpenShift %1 yet: switch to %2 and check the update graph again.</translation>
        </message>
        <message>
            <source>OpenShift's update graph (handled in the steps below):</source>
            <translation>OpenShift's update graph (handled in the steps below):</translation>
        </message>
        <message>
            <source>No version is served both today (%1) and by %2 (%3): first move to a release that serves both, make one of %3 the storage version, then migrate.</source>
            <translation>No version is served both today (%1) and by %2 (%3): first move to a release that serves both, make one of %3 the storage version, then migrate.</translation>
        </message>
        <message>
            <source>Rewrite every object so that it is stored at %1 (kube-storage-version-migrator does the same), then drop %2 from status.storedVersions.</source>
            <translation>Rewrite every object so that it is stored at %1 (kube-storage-version-migrator does the same), then drop %2 from status.storedVersions.</translation>
        </message>
        <message>
            <source>[%1] Migrate the stored objects of CRD %2 off %3</source>
            <translation>[%1] Migrate the stored objects of CRD %2 off %3</translation>
        </message>
        <message>
            <source>status.storedVersions of %1 no longer lists %2.</source>
            <translation>status.storedVersions of %1 no longer lists %2.</translation>
        </message>
        <message>
            <source>workers stay on %1</source>
            <translation>workers stay on %1</translation>
        </message>
        <message>
            <source>or:</source>
            <translation>or:</translation>
        </message>
        <message>
            <source>first control-plane node</source>
            <translation>first control-plane node</translation>
        </message>
        <message>
            <source>every other control-plane node</source>
            <translation>every other control-plane node</translation>
        </message>
        <message>
            <source>the Machine Config Operator rolls the nodes</source>
            <translation>the Machine Config Operator rolls the nodes</translation>
        </message>
        <message>
            <source>every ClusterOperator Available=True, Degraded=False</source>
            <translation>every ClusterOperator Available=True, Degraded=False</translation>
        </message>
        <message>
            <source>release image of OpenShift %1</source>
            <translation>release image of OpenShift %1</translation>
        </message>
        <message>
            <source>or helm upgrade with the fixed chart</source>
            <translation>or helm upgrade with the fixed chart</translation>
        </message>
        <message>
            <source>rewrites each object at the storage version</source>
            <translation>rewrites each object at the storage version</translation>
        </message>
        <message>
            <source>%1.z listed by oc adm upgrade</source>
            <translation>%1.z listed by oc adm upgrade</translation>
        </message>
    </context>
    <context>
        <name>RunbookWriter</name>
        <message>
            <source>the file name must end in .pdf, .html or .md</source>
            <translation>the file name must end in .pdf, .html or .md</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>the PDF could not be started</translation>
        </message>
        <message>
            <source>could not be written completely (is the disk full?); the previous file is unchanged.</source>
            <translation>could not be written completely (is the disk full?); the previous file is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>ScanCommand</name>
        <message>
            <source>The Kubernetes release to judge against, e.g. 1.25.</source>
            <translation>The Kubernetes release to judge against, e.g. 1.25.</translation>
        </message>
        <message>
            <source>Exit 3 when a finding is at least this serious: removed or deprecated.</source>
            <translation>Exit 3 when a finding is at least this serious: removed or deprecated.</translation>
        </message>
        <message>
            <source>Manifest files or folders, `helm template` output, or Kirikae snapshots.</source>
            <translation>Manifest files or folders, `helm template` output, or Kirikae snapshots.</translation>
        </message>
        <message>
            <source>name at least one file or folder to scan.</source>
            <translation>name at least one file or folder to scan.</translation>
        </message>
        <message>
            <source>say which release to judge against with --target 1.N.</source>
            <translation>say which release to judge against with --target 1.N.</translation>
        </message>
        <message>
            <source>--target “%1” is not a release such as 1.29.</source>
            <translation>--target “%1” is not a release such as 1.29.</translation>
        </message>
        <message>
            <source>--fail-on “%1” is not removed or deprecated.</source>
            <translation>--fail-on “%1” is not removed or deprecated.</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>OBJECT</source>
            <translation>OBJECT</translation>
        </message>
        <message>
            <source>API VERSION</source>
            <translation>API VERSION</translation>
        </message>
        <message>
            <source>REPLACEMENT</source>
            <translation>REPLACEMENT</translation>
        </message>
        <message>
            <source>REMOVED IN</source>
            <translation>REMOVED IN</translation>
        </message>
        <message>
            <source>WHERE</source>
            <translation>WHERE</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> in %n document(s)</source>
            <translation>
                <numerusform> in %n document</numerusform>
                <numerusform> in %n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> of %n file(s), judged against Kubernetes %1.</source>
            <translation>
                <numerusform> of %n file, judged against Kubernetes %1.</numerusform>
                <numerusform> of %n files, judged against Kubernetes %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <extracomment>An object whose name is not known (no metadata, or an unrendered template)</extracomment>
            <translation>(unnamed)</translation>
        </message>
        <message numerus="yes">
            <source> (%n skipped: not Kubernetes objects)</source>
            <translation>
                <numerusform> (%n skipped: not a Kubernetes object)</numerusform>
                <numerusform> (%n skipped: not Kubernetes objects)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>%1: cannot be created.</source>
            <translation>%1: cannot be created.</translation>
        </message>
        <message>
            <source>%1: cannot be written.</source>
            <translation>%1: cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>SkewPolicy</name>
        <message>
            <source>kube-apiserver %1 (newest)</source>
            <translation>kube-apiserver %1 (newest)</translation>
        </message>
        <message>
            <source>In a highly available control plane, the newest and oldest kube-apiserver must be within one minor.</source>
            <translation>In a highly available control plane, the newest and oldest kube-apiserver must be within one minor.</translation>
        </message>
        <message>
            <source>kube-apiserver %1 (oldest)</source>
            <translation>kube-apiserver %1 (oldest)</translation>
        </message>
        <message>
            <source>kubelet must not be newer than kube-apiserver and may be up to three minors older.</source>
            <translation>kubelet must not be newer than kube-apiserver and may be up to three minors older.</translation>
        </message>
        <message>
            <source>kubelet older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</source>
            <translation>kubelet older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</translation>
        </message>
        <message>
            <source>kube-apiserver %1</source>
            <translation>kube-apiserver %1</translation>
        </message>
        <message>
            <source>kube-apiserver %1 to %2</source>
            <translation>kube-apiserver %1 to %2</translation>
        </message>
        <message>
            <source>%1 must not be newer than the oldest kube-apiserver and at most one minor older than the newest.</source>
            <translation>%1 must not be newer than the oldest kube-apiserver and at most one minor older than the newest.</translation>
        </message>
        <message>
            <source>kubelet %1 on the same node</source>
            <translation>kubelet %1 on the same node</translation>
        </message>
        <message>
            <source>kube-proxy must be within three minors of the kubelet on its node.</source>
            <translation>kube-proxy must be within three minors of the kubelet on its node.</translation>
        </message>
        <message>
            <source>kube-proxy older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</source>
            <translation>kube-proxy older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</translation>
        </message>
        <message>
            <source>kube-proxy must not be newer than kube-apiserver and may be up to three minors older.</source>
            <translation>kube-proxy must not be newer than kube-apiserver and may be up to three minors older.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotFile</name>
        <message>
            <source>An object reference</source>
            <translation>An object reference</translation>
        </message>
        <message>
            <source>A node</source>
            <translation>A node</translation>
        </message>
        <message>
            <source>“labels” must be a mapping.</source>
            <translation>“labels” must be a mapping.</translation>
        </message>
        <message>
            <source>A component</source>
            <translation>A component</translation>
        </message>
        <message>
            <source>“%1” is not a component kind (control-plane or addon).</source>
            <translation>“%1” is not a component kind (control-plane or addon).</translation>
        </message>
        <message>
            <source>A deprecated API request</source>
            <translation>A deprecated API request</translation>
        </message>
        <message>
            <source>A Helm release</source>
            <translation>A Helm release</translation>
        </message>
        <message>
            <source>A custom resource definition</source>
            <translation>A custom resource definition</translation>
        </message>
        <message>
            <source>A ClusterServiceVersion</source>
            <translation>A ClusterServiceVersion</translation>
        </message>
        <message>
            <source>A Subscription</source>
            <translation>A Subscription</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>the file is empty.</translation>
        </message>
        <message>
            <source>A snapshot</source>
            <translation>A snapshot</translation>
        </message>
        <message>
            <source>this is not a Kirikae snapshot (the key “kirikaeSnapshot” is missing).</source>
            <translation>this is not a Kirikae snapshot (the key “kirikaeSnapshot” is missing).</translation>
        </message>
        <message>
            <source>the snapshot was written by a newer Kirikae (schema %1; this version reads up to %2).</source>
            <translation>the snapshot was written by a newer Kirikae (schema %1; this version reads up to %2).</translation>
        </message>
        <message>
            <source>“%1” is not a snapshot schema version.</source>
            <translation>“%1” is not a snapshot schema version.</translation>
        </message>
        <message>
            <source>“evidence”</source>
            <translation>“evidence”</translation>
        </message>
        <message>
            <source>“olm”</source>
            <translation>“olm”</translation>
        </message>
        <message>
            <source>“openshift”</source>
            <translation>“openshift”</translation>
        </message>
        <message>
            <source>A collection error</source>
            <translation>A collection error</translation>
        </message>
        <message>
            <source>unexpected structure: %1</source>
            <translation>unexpected structure: %1</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>cannot be opened (%1).</translation>
        </message>
        <message>
            <source>is larger than %1 MB and is not read as a snapshot.</source>
            <translation>is larger than %1 MB and is not read as a snapshot.</translation>
        </message>
        <message>
            <source>cannot be written (%1).</source>
            <translation>cannot be written (%1).</translation>
        </message>
        <message>
            <source>An operator dependency</source>
            <translation>An operator dependency</translation>
        </message>
        <message>
            <source>unknown dependency type “%1” (package, gvk, all, any, not or cel)</source>
            <translation>unknown dependency type “%1” (package, gvk, all, any, not or cel)</translation>
        </message>
        <message>
            <source>An update risk</source>
            <translation>An update risk</translation>
        </message>
        <message>
            <source>A conditional update</source>
            <translation>A conditional update</translation>
        </message>
    </context>
    <context>
        <name>UpgradePlanner</name>
        <message>
            <source>%1: the server version cannot be read: %2</source>
            <translation>%1: the server version cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 runs Kubernetes %2; the target %3 is lower (downgrades are not supported by Kubernetes).</source>
            <translation>%1 runs Kubernetes %2; the target %3 is lower (downgrades are not supported by Kubernetes).</translation>
        </message>
        <message>
            <source>Kubernetes %1 is not in the release catalog.</source>
            <translation>Kubernetes %1 is not in the release catalog.</translation>
        </message>
    </context>
    <context>
        <name>VendorCalendar</name>
        <message>
            <source>The vendor catalog</source>
            <translation>The vendor catalog</translation>
        </message>
        <message>
            <source>“vendors”</source>
            <translation>“vendors”</translation>
        </message>
        <message>
            <source>A vendor</source>
            <translation>A vendor</translation>
        </message>
        <message>
            <source>“%1” is not a version such as 1.29.</source>
            <translation>“%1” is not a version such as 1.29.</translation>
        </message>
    </context>
    <context>
        <name>Version</name>
        <message>
            <source>The version is empty.</source>
            <translation>The version is empty.</translation>
        </message>
        <message>
            <source>The version is too long to be a Kubernetes version.</source>
            <translation>The version is too long to be a Kubernetes version.</translation>
        </message>
        <message>
            <source>“%1” is not a Kubernetes version (expected a form such as v1.29.3, 1.29 or v1.27.16-eks-a18cd3a).</source>
            <translation>“%1” is not a Kubernetes version (expected a form such as v1.29.3, 1.29 or v1.27.16-eks-a18cd3a).</translation>
        </message>
    </context>
    <context>
        <name>VersionRange</name>
        <message>
            <source>“%1” is not a semantic version</source>
            <translation>“%1” is not a semantic version</translation>
        </message>
        <message>
            <source>an empty part between “||”</source>
            <translation>an empty part between “||”</translation>
        </message>
    </context>
    <context>
        <name>VersionsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>CLUSTER</translation>
        </message>
        <message>
            <source>DISTRIBUTION</source>
            <translation>DISTRIBUTION</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>SUPPORT</source>
            <translation>SUPPORT</translation>
        </message>
        <message>
            <source>END OF SUPPORT</source>
            <translation>END OF SUPPORT</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>DAYS LEFT</translation>
        </message>
        <message>
            <source>MINORS BEHIND</source>
            <translation>MINORS BEHIND</translation>
        </message>
        <message>
            <source>LATEST PATCH</source>
            <translation>LATEST PATCH</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to report on.</source>
            <translation>Snapshot files, or folders of snapshots, to report on.</translation>
        </message>
        <message>
            <source>JSON: also judge each add-on at Kubernetes minor 1.N (atTarget).</source>
            <translation>JSON: also judge each add-on at Kubernetes minor 1.N (atTarget).</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>cannot be opened (%1).</translation>
        </message>
        <message>
            <source>A workspace</source>
            <translation>A workspace</translation>
        </message>
        <message>
            <source>this is not a Kirikae workspace (the key “kirikaeWorkspace” is missing).</source>
            <translation>this is not a Kirikae workspace (the key “kirikaeWorkspace” is missing).</translation>
        </message>
        <message>
            <source>workspace schema %1 is not one this version reads (1 to %2).</source>
            <translation>workspace schema %1 is not one this version reads (1 to %2).</translation>
        </message>
        <message>
            <source>cannot be saved (%1).</source>
            <translation>cannot be saved (%1).</translation>
        </message>
        <message>
            <source>A waiver</source>
            <translation>A waiver</translation>
        </message>
        <message>
            <source>“%1” is not a minor version such as 1.29.</source>
            <translation>“%1” is not a minor version such as 1.29.</translation>
        </message>
        <message>
            <source>a waiver needs an end: “expires” or “untilMinor”.</source>
            <translation>a waiver needs an end: “expires” or “untilMinor”.</translation>
        </message>
        <message>
            <source>is larger than 16 MB: not a workspace.</source>
            <translation>is larger than 16 MB: not a workspace.</translation>
        </message>
        <message>
            <source>A waiver's history entry</source>
            <translation>A waiver's history entry</translation>
        </message>
        <message>
            <source>“%1” is not a waiver change (edited or removed).</source>
            <translation>“%1” is not a waiver change (edited or removed).</translation>
        </message>
        <message>
            <source>A price</source>
            <translation>A price</translation>
        </message>
        <message>
            <source>A price needs an “amount” that is a number.</source>
            <translation>A price needs an “amount” that is a number.</translation>
        </message>
        <message>
            <source>“unit: %1” is not cluster-month or cluster-hour.</source>
            <translation>“unit: %1” is not cluster-month or cluster-hour.</translation>
        </message>
        <message>
            <source>upgradesAtOnce must be a number from 1 to %1.</source>
            <translation>upgradesAtOnce must be a number from 1 to %1.</translation>
        </message>
    </context>
    <context>
        <name>YamlReader</name>
        <message>
            <source>“%1” must be a single value.</source>
            <translation>“%1” must be a single value.</translation>
        </message>
        <message>
            <source>not valid YAML: %1</source>
            <translation>not valid YAML: %1</translation>
        </message>
        <message>
            <source>%1 must be a mapping of keys to values.</source>
            <translation>%1 must be a mapping of keys to values.</translation>
        </message>
        <message>
            <source>the required key “%1” is missing.</source>
            <translation>the required key “%1” is missing.</translation>
        </message>
        <message>
            <source>the required date “%1” is missing.</source>
            <translation>the required date “%1” is missing.</translation>
        </message>
        <message>
            <source>“%1” is not a date of the form YYYY-MM-DD (key “%2”).</source>
            <translation>“%1” is not a date of the form YYYY-MM-DD (key “%2”).</translation>
        </message>
        <message>
            <source>“%1” is not a time of the form 2024-05-01T09:30:00Z (key “%2”).</source>
            <translation>“%1” is not a time of the form 2024-05-01T09:30:00Z (key “%2”).</translation>
        </message>
        <message>
            <source>“%1” is not a whole number (key “%2”).</source>
            <translation>“%1” is not a whole number (key “%2”).</translation>
        </message>
        <message>
            <source>“%1” is not true or false (key “%2”).</source>
            <translation>“%1” is not true or false (key “%2”).</translation>
        </message>
        <message>
            <source>“%1” must be a list.</source>
            <translation>“%1” must be a list.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>the file is not UTF-8 text.</translation>
        </message>
        <message>
            <source>the referenced anchor is not defined</source>
            <translation>the referenced anchor is not defined</translation>
        </message>
        <message>
            <source>aliases expand into too many values.</source>
            <translation>aliases expand into too many values.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::AddClustersDialog</name>
        <message>
            <source>Contexts from %1</source>
            <translation>Contexts from %1</translation>
        </message>
        <message>
            <source>%1 — %2 ⚠ skips TLS verification</source>
            <translation>%1 — %2 ⚠ skips TLS verification</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>(no cluster)</source>
            <translation>(no cluster)</translation>
        </message>
        <message>
            <source>Choose a kubeconfig</source>
            <translation>Choose a kubeconfig</translation>
        </message>
        <message>
            <source>Add clusters</source>
            <translation>Add clusters</translation>
        </message>
        <message>
            <source>Other kubeconfig…</source>
            <translation>Other kubeconfig…</translation>
        </message>
        <message>
            <source>Search contexts…</source>
            <translation>Search contexts…</translation>
        </message>
        <message>
            <source>Check all shown</source>
            <translation>Check all shown</translation>
        </message>
        <message>
            <source>Uncheck all</source>
            <translation>Uncheck all</translation>
        </message>
        <message>
            <source>Kirikae reads the checked clusters with GET requests only and keeps no credentials: the workspace remembers the context names, the snapshots what was read.</source>
            <translation>Kirikae reads the checked clusters with GET requests only and keeps no credentials: the workspace remembers the context names, the snapshots what was read.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::ClustersPage</name>
        <message>
            <source>Live clusters</source>
            <translation>Live clusters</translation>
        </message>
        <message>
            <source>Add clusters…</source>
            <translation>Add clusters…</translation>
        </message>
        <message>
            <source>Refresh all</source>
            <translation>Refresh all</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%v of %m clusters</source>
            <extracomment>Progress of a collection: %v done of %m clusters</extracomment>
            <translation>%v of %m clusters</translation>
        </message>
        <message>
            <source>At once:</source>
            <translation>At once:</translation>
        </message>
        <message>
            <source>How many clusters are read at the same time. Threads, connections and memory grow with this number, not with the number of clusters.</source>
            <translation>How many clusters are read at the same time. Threads, connections and memory grow with this number, not with the number of clusters.</translation>
        </message>
        <message>
            <source>Clusters read from kubeconfig contexts, several at once and with GET requests only. Each collection becomes a snapshot that the other pages read as soon as it is written, so the fleet can be reviewed later without cluster access.</source>
            <translation>Clusters read from kubeconfig contexts, several at once and with GET requests only. Each collection becomes a snapshot that the other pages read as soon as it is written, so the fleet can be reviewed later without cluster access.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CollectionModel</name>
        <message>
            <source>Collecting…</source>
            <translation>Collecting…</translation>
        </message>
        <message>
            <source>Not collected yet</source>
            <translation>Not collected yet</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Partial</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Unreachable</translation>
        </message>
        <message>
            <source>Unauthorized</source>
            <translation>Unauthorized</translation>
        </message>
        <message>
            <source>Forbidden</source>
            <translation>Forbidden</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>TLS error</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>Timed out</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>%1 ⚠ insecure</source>
            <translation>%1 ⚠ insecure</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not collected: %1</source>
            <translation>Not collected: %1</translation>
        </message>
        <message>
            <source>insecure-skip-tls-verify is set for this context: the server's identity is not checked.</source>
            <translation>insecure-skip-tls-verify is set for this context: the server's identity is not checked.</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last collected</source>
            <translation>Last collected</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <translation>Waiting…</translation>
        </message>
    </context>
    <context>
        <name>kirikae::DebtModel</name>
        <message>
            <source>APIs</source>
            <translation>APIs</translation>
        </message>
        <message>
            <source>Versions and support</source>
            <translation>Versions and support</translation>
        </message>
        <message>
            <source>Version skew</source>
            <translation>Version skew</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>Add-ons</source>
            <translation>Add-ons</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Only one snapshot of this cluster.</source>
            <translation>Only one snapshot of this cluster.</translation>
        </message>
        <message>
            <source>Trend</source>
            <extracomment>Column header: the total score of each snapshot of the cluster, oldest first</extracomment>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>Waived by %1 until %2: %3</source>
            <translation>Waived by %1 until %2: %3</translation>
        </message>
        <message>
            <source>Accepted by %1 on %2</source>
            <translation>Accepted by %1 on %2</translation>
        </message>
        <message>
            <source>Accepted by %1</source>
            <translation>Accepted by %1</translation>
        </message>
        <message>
            <source>Accepted on %1</source>
            <translation>Accepted on %1</translation>
        </message>
        <message numerus="yes">
            <source>edited %n time(s), last by %1 on %2</source>
            <translation>
                <numerusform>edited %n time, last by %1 on %2</numerusform>
                <numerusform>edited %n times, last by %1 on %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
    </context>
    <context>
        <name>kirikae::DebtPage</name>
        <message>
            <source>Upgrade debt</source>
            <translation>Upgrade debt</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a cell to see the reasons behind its score.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Select a cell to see the reasons behind its score.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No debt here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;No debt here.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;Evidence&lt;/h4&gt;</source>
            <translation>&lt;h4&gt;Evidence&lt;/h4&gt;</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Replacement</translation>
        </message>
        <message>
            <source>Seen in</source>
            <translation>Seen in</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>How sure</translation>
        </message>
        <message>
            <source>certain</source>
            <translation>certain</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>possible</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;The version an object is stored at in etcd proves nothing: the API server serves every object at every version it knows. What counts is what clients send — manifests, Helm releases, last-applied configurations and the API server's own count of deprecated requests. managedFields only show that some client once wrote the object so: possible, not certain.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;The version an object is stored at in etcd proves nothing: the API server serves every object at every version it knows. What counts is what clients send — manifests, Helm releases, last-applied configurations and the API server's own count of deprecated requests. managedFields only show that some client once wrote the object so: possible, not certain.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where the fleet's upgrade debt sits: each cell adds up its reasons (the formula is in the README). Deeper red is more debt; select a cell for the reasons and the evidence.</source>
            <translation>Where the fleet's upgrade debt sits: each cell adds up its reasons (the formula is in the README). Deeper red is more debt; select a cell for the reasons and the evidence.</translation>
        </message>
        <message>
            <source>Accept a finding…</source>
            <translation>Accept a finding…</translation>
        </message>
        <message>
            <source>Edit the waiver…</source>
            <translation>Edit the waiver…</translation>
        </message>
        <message>
            <source>Remove the waiver</source>
            <translation>Remove the waiver</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FilteredTable</name>
        <message>
            <source>Filter…</source>
            <translation>Filter…</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FleetModel</name>
        <message>
            <source>Amazon EKS</source>
            <translation>Amazon EKS</translation>
        </message>
        <message>
            <source>Google GKE</source>
            <translation>Google GKE</translation>
        </message>
        <message>
            <source>Azure AKS</source>
            <translation>Azure AKS</translation>
        </message>
        <message>
            <source>OpenShift</source>
            <translation>OpenShift</translation>
        </message>
        <message>
            <source>k3s</source>
            <translation>k3s</translation>
        </message>
        <message>
            <source>RKE2</source>
            <translation>RKE2</translation>
        </message>
        <message>
            <source>Upstream (kubeadm)</source>
            <translation>Upstream (kubeadm)</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Supported</translation>
        </message>
        <message>
            <source>Ending soon</source>
            <translation>Ending soon</translation>
        </message>
        <message>
            <source>Unsupported</source>
            <translation>Unsupported</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>The server version could not be read: %1</source>
            <translation>The server version could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 is supported upstream until %2 (%n day(s) left).</source>
            <translation>
                <numerusform>Kubernetes %1 is supported upstream until %2 (%n day left).</numerusform>
                <numerusform>Kubernetes %1 is supported upstream until %2 (%n days left).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 leaves upstream support on %2: only %n day(s) left to upgrade.</source>
            <translation>
                <numerusform>Kubernetes %1 leaves upstream support on %2: only %n day left to upgrade.</numerusform>
                <numerusform>Kubernetes %1 leaves upstream support on %2: only %n days left to upgrade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kubernetes %1 is older than every release in the catalog and long out of support.</source>
            <translation>Kubernetes %1 is older than every release in the catalog and long out of support.</translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 has been out of upstream support since %2 (%n day(s) ago).</source>
            <translation>
                <numerusform>Kubernetes %1 has been out of upstream support since %2 (%n day ago).</numerusform>
                <numerusform>Kubernetes %1 has been out of upstream support since %2 (%n days ago).</numerusform>
            </translation>
        </message>
        <message>
            <source>Kubernetes %1 is not released yet according to the catalog.</source>
            <translation>Kubernetes %1 is not released yet according to the catalog.</translation>
        </message>
        <message>
            <source>The catalog knows nothing about Kubernetes %1.</source>
            <translation>The catalog knows nothing about Kubernetes %1.</translation>
        </message>
        <message>
            <source>The date is projected from the release cadence, not published.</source>
            <translation>The date is projected from the release cadence, not published.</translation>
        </message>
        <message numerus="yes">
            <source>The newest release is %1, %n minor(s) ahead.</source>
            <translation>
                <numerusform>The newest release is %1, %n minor ahead.</numerusform>
                <numerusform>The newest release is %1, %n minors ahead.</numerusform>
            </translation>
        </message>
        <message>
            <source>Patch %1 is available for this minor.</source>
            <translation>Patch %1 is available for this minor.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>~%1</source>
            <translation>~%1</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>End of support</source>
            <translation>End of support</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Minors behind</source>
            <extracomment>Column header: how many minor releases the cluster is behind the newest</extracomment>
            <translation>Minors behind</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodes</translation>
        </message>
        <message>
            <source>Collected</source>
            <extracomment>Column header: when the snapshot was taken</extracomment>
            <translation>Collected</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>sentence joiner</comment>
            <extracomment>Joins two sentences: English puts a space between them, Japanese nothing</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Standard support until %1</source>
            <translation>Standard support until %1</translation>
        </message>
        <message>
            <source>Maintenance until %1</source>
            <translation>Maintenance until %1</translation>
        </message>
        <message>
            <source>Extended support until %1</source>
            <translation>Extended support until %1</translation>
        </message>
        <message>
            <source>End of life since %1</source>
            <translation>End of life since %1</translation>
        </message>
        <message>
            <source>%1 %2: standard support until %3%4</source>
            <translation>%1 %2: standard support until %3%4</translation>
        </message>
        <message>
            <source>, extended support until %1</source>
            <translation>, extended support until %1</translation>
        </message>
        <message>
            <source>Vendor support</source>
            <translation>Vendor support</translation>
        </message>
        <message>
            <source>Kubernetes %1 is projected to be out by now but not yet in the catalog: not counted.</source>
            <translation>Kubernetes %1 is projected to be out by now but not yet in the catalog: not counted.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FleetPage</name>
        <message>
            <source>Fleet overview</source>
            <translation>Fleet overview</translation>
        </message>
        <message numerus="yes">
            <source>%n snapshot file(s) could not be read; the other clusters are shown:</source>
            <translation>
                <numerusform>%n snapshot file could not be read; the other clusters are shown:</numerusform>
                <numerusform>%n snapshot files could not be read; the other clusters are shown:</numerusform>
            </translation>
        </message>
        <message>
            <source>No clusters yet. Open a workspace or import snapshot files from the File menu.</source>
            <translation>No clusters yet. Open a workspace or import snapshot files from the File menu.</translation>
        </message>
        <message>
            <source>judged on %1 against the upstream Kubernetes support window.</source>
            <translation>judged on %1 against the upstream Kubernetes support window.</translation>
        </message>
        <message>
            <source>Cluster details</source>
            <translation>Cluster details</translation>
        </message>
        <message>
            <source>Select a cluster to see its control plane, add-ons and nodes.</source>
            <translation>Select a cluster to see its control plane, add-ons and nodes.</translation>
        </message>
        <message>
            <source>Cluster details: %1</source>
            <translation>Cluster details: %1</translation>
        </message>
        <message>
            <source>Snapshot taken %1 from %2.</source>
            <translation>Snapshot taken %1 from %2.</translation>
        </message>
        <message>
            <source>Not collected: %1 — %2</source>
            <translation>Not collected: %1 — %2</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>&amp;Group by:</translation>
        </message>
        <message>
            <source>Nothing: one row per cluster</source>
            <translation>Nothing: one row per cluster</translation>
        </message>
        <message>
            <source>Labels: %1</source>
            <translation>Labels: %1</translation>
        </message>
    </context>
    <context>
        <name>kirikae::GraphView</name>
        <message numerus="yes">
            <source>%n APIs</source>
            <translation>
                <numerusform>%n APIs</numerusform>
                <numerusform>%n APIs</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>%1 could not be written.</translation>
        </message>
        <message>
            <source>Operator dependencies</source>
            <translation>Operator dependencies</translation>
        </message>
    </context>
    <context>
        <name>kirikae::HotspotModel</name>
        <message numerus="yes">
            <source>%1 (and %n more)</source>
            <translation>
                <numerusform>%1 (and %n more)</numerusform>
                <numerusform>%1 (and %n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>#</source>
            <extracomment>Column header: the position in the ranking</extracomment>
            <translation>#</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Heaviest reason</source>
            <translation>Heaviest reason</translation>
        </message>
    </context>
    <context>
        <name>kirikae::InventoryModel</name>
        <message>
            <source>worker</source>
            <translation>worker</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>not ready</translation>
        </message>
        <message>
            <source>Control plane</source>
            <translation>Control plane</translation>
        </message>
        <message>
            <source>Add-on</source>
            <translation>Add-on</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
    </context>
    <context>
        <name>kirikae::MainWindow</name>
        <message>
            <source>Kirikae</source>
            <translation>Kirikae</translation>
        </message>
        <message>
            <source>%1 — Kirikae</source>
            <translation>%1 — Kirikae</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Open workspace…</translation>
        </message>
        <message>
            <source>&amp;Import snapshots…</source>
            <translation>&amp;Import snapshots…</translation>
        </message>
        <message>
            <source>Save workspace &amp;as…</source>
            <translation>Save workspace &amp;as…</translation>
        </message>
        <message>
            <source>Open the &amp;demo fleet</source>
            <translation>Open the &amp;demo fleet</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <extracomment>Menu title for choosing the user interface language</extracomment>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>日本語</source>
            <extracomment>The name of the Japanese language, always written in Japanese</extracomment>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Kirikae</source>
            <translation>&amp;About Kirikae</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) loaded.</source>
            <translation>
                <numerusform>%n cluster loaded.</numerusform>
                <numerusform>%n clusters loaded.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <source>Kirikae workspaces (*.yaml *.yml);;All files (*)</source>
            <translation>Kirikae workspaces (*.yaml *.yml);;All files (*)</translation>
        </message>
        <message>
            <source>Import snapshots</source>
            <translation>Import snapshots</translation>
        </message>
        <message>
            <source>Kirikae snapshots (*.yaml *.yml);;All files (*)</source>
            <translation>Kirikae snapshots (*.yaml *.yml);;All files (*)</translation>
        </message>
        <message>
            <source>Save workspace</source>
            <translation>Save workspace</translation>
        </message>
        <message>
            <source>Kirikae workspaces (*.yaml *.yml)</source>
            <translation>Kirikae workspaces (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Workspace saved to %1.</source>
            <translation>Workspace saved to %1.</translation>
        </message>
        <message>
            <source>About Kirikae</source>
            <translation>About Kirikae</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers and runbooks. Reads clusters, never writes to them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers and runbooks. Reads clusters, never writes to them.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Add clusters</source>
            <translation>Add clusters</translation>
        </message>
        <message>
            <source>Collection finished.</source>
            <translation>Collection finished.</translation>
        </message>
        <message>
            <source>Add &amp;clusters from kubeconfig…</source>
            <translation>Add &amp;clusters from kubeconfig…</translation>
        </message>
        <message>
            <source>&amp;Refresh live clusters</source>
            <translation>&amp;Refresh live clusters</translation>
        </message>
        <message numerus="yes">
            <source>Collecting %n cluster(s)…</source>
            <translation>
                <numerusform>Collecting %n cluster…</numerusform>
                <numerusform>Collecting %n clusters…</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiver added; save the workspace to keep it.</source>
            <translation>Waiver added; save the workspace to keep it.</translation>
        </message>
        <message>
            <source>Remove the waiver</source>
            <translation>Remove the waiver</translation>
        </message>
        <message>
            <source>Remove the waiver on %1 for “%2”? Its debt counts again; the workspace keeps a record of the waiver and of its removal.</source>
            <translation>Remove the waiver on %1 for “%2”? Its debt counts again; the workspace keeps a record of the waiver and of its removal.</translation>
        </message>
        <message>
            <source>&amp;Save workspace</source>
            <translation>&amp;Save workspace</translation>
        </message>
        <message>
            <source>Waiver changed; save the workspace to keep the change.</source>
            <translation>Waiver changed; save the workspace to keep the change.</translation>
        </message>
        <message>
            <source>Waiver removed; save the workspace to keep the change.</source>
            <translation>Waiver removed; save the workspace to keep the change.</translation>
        </message>
        <message>
            <source>This workspace has changes that are not saved. Save them?</source>
            <translation>This workspace has changes that are not saved. Save them?</translation>
        </message>
        <message>
            <source>The workspace “%1” has changes that are not saved. Save them?</source>
            <translation>The workspace “%1” has changes that are not saved. Save them?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>built in</source>
            <translation>built in</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers, costs and runbooks. Reads clusters, never writes to them.&lt;/p&gt;&lt;p&gt;Built %2 with Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogs&lt;/b&gt; (when their facts were last checked):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Your own catalogs are read from &lt;code&gt;%5&lt;/code&gt; (or the folder given with --data) and win over the built-in ones.&lt;/p&gt;&lt;p&gt;Licence: MIT. Uses Qt (LGPL 3), yaml-cpp (MIT), libcurl (curl licence), Graphviz (EPL) and the Noto Sans CJK fonts (OFL).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers, costs and runbooks. Reads clusters, never writes to them.&lt;/p&gt;&lt;p&gt;Built %2 with Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogs&lt;/b&gt; (when their facts were last checked):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Your own catalogs are read from &lt;code&gt;%5&lt;/code&gt; (or the folder given with --data) and win over the built-in ones.&lt;/p&gt;&lt;p&gt;Licence: MIT. Uses Qt (LGPL 3), yaml-cpp (MIT), libcurl (curl licence), Graphviz (EPL) and the Noto Sans CJK fonts (OFL).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open &amp;folder…</source>
            <translation>Open &amp;folder…</translation>
        </message>
        <message>
            <source>Open a folder of snapshots</source>
            <translation>Open a folder of snapshots</translation>
        </message>
        <message>
            <source>Loading the snapshots…</source>
            <translation>Loading the snapshots…</translation>
        </message>
        <message>
            <source>Loading snapshot %1 of %2…</source>
            <translation>Loading snapshot %1 of %2…</translation>
        </message>
        <message>
            <source>No snapshot here yet: add clusters from a kubeconfig (File menu) or copy snapshots into %1.</source>
            <translation>No snapshot here yet: add clusters from a kubeconfig (File menu) or copy snapshots into %1.</translation>
        </message>
        <message>
            <source>Demo fleet</source>
            <translation>Demo fleet</translation>
        </message>
    </context>
    <context>
        <name>kirikae::OperatorModel</name>
        <message>
            <source>Fine</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>Update available</source>
            <translation>Update available</translation>
        </message>
        <message>
            <source>Blocked for the target</source>
            <translation>Blocked for the target</translation>
        </message>
        <message>
            <source>Missing dependency</source>
            <translation>Missing dependency</translation>
        </message>
        <message>
            <source>In a dependency cycle</source>
            <translation>In a dependency cycle</translation>
        </message>
        <message>
            <source>Order</source>
            <extracomment>Column: position in the upgrade order</extracomment>
            <translation>Order</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Needs</source>
            <extracomment>Column: how many other operators this one depends on</extracomment>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Newer version</source>
            <translation>Newer version</translation>
        </message>
    </context>
    <context>
        <name>kirikae::OperatorsPage</name>
        <message>
            <source>No operators yet: the fleet has no OLM ClusterServiceVersions.</source>
            <translation>No operators yet: the fleet has no OLM ClusterServiceVersions.</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>All clusters</translation>
        </message>
        <message>
            <source>Bundle folders</source>
            <translation>Bundle folders</translation>
        </message>
        <message>
            <source>Laying out the graph…</source>
            <translation>Laying out the graph…</translation>
        </message>
        <message>
            <source>Graphviz could not lay this graph out.</source>
            <translation>Graphviz could not lay this graph out.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Click an operator to see what it needs and what needs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Click an operator to see what it needs and what needs it.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cluster: %1</source>
            <translation>Cluster: %1</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV: %1</translation>
        </message>
        <message>
            <source>%1 (via %2)</source>
            <translation>%1 (via %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Blocked for the target</source>
            <translation>Blocked for the target</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Subscription wants</source>
            <translation>Subscription wants</translation>
        </message>
        <message>
            <source>Newest in the catalog</source>
            <translation>Newest in the catalog</translation>
        </message>
        <message>
            <source>Upgrade path (replaces / skips / skipRange)</source>
            <translation>Upgrade path (replaces / skips / skipRange)</translation>
        </message>
        <message>
            <source>replaces %1</source>
            <translation>replaces %1</translation>
        </message>
        <message>
            <source>skips %1</source>
            <translation>skips %1</translation>
        </message>
        <message>
            <source>skipRange %1</source>
            <translation>skipRange %1</translation>
        </message>
        <message>
            <source>minKubeVersion %1</source>
            <translation>minKubeVersion %1</translation>
        </message>
        <message>
            <source>maxOpenShiftVersion %1</source>
            <translation>maxOpenShiftVersion %1</translation>
        </message>
        <message>
            <source>install modes: %1</source>
            <translation>install modes: %1</translation>
        </message>
        <message>
            <source>Upgrade metadata</source>
            <translation>Upgrade metadata</translation>
        </message>
        <message numerus="yes">
            <source>Owns %n API(s)</source>
            <translation>
                <numerusform>Owns %n API</numerusform>
                <numerusform>Owns %n APIs</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder of OLM bundles</source>
            <translation>Folder of OLM bundles</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read; the other bundles were read:</source>
            <translation>
                <numerusform>%n file could not be read; the other bundles were read:</numerusform>
                <numerusform>%n files could not be read; the other bundles were read:</numerusform>
            </translation>
        </message>
        <message>
            <source>bundles</source>
            <translation>bundles</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG image (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Export the graph</source>
            <translation>Export the graph</translation>
        </message>
        <message>
            <source>OLM operators and what they need: an arrow points from an operator to the one that provides an API or package it requires. Upgrade from the right to the left: dependencies first. Click a box to light up everything upstream and downstream of it.</source>
            <translation>OLM operators and what they need: an arrow points from an operator to the one that provides an API or package it requires. Upgrade from the right to the left: dependencies first. Click a box to light up everything upstream and downstream of it.</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <source>Kubernetes minor the operators must run on (minKubeVersion, maxOpenShiftVersion)</source>
            <translation>Kubernetes minor the operators must run on (minKubeVersion, maxOpenShiftVersion)</translation>
        </message>
        <message>
            <source>Find an operator (Return for the next match)</source>
            <translation>Find an operator (Return for the next match)</translation>
        </message>
        <message>
            <source>Add bundle folder…</source>
            <translation>Add bundle folder…</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Export SVG…</translation>
        </message>
        <message>
            <source>required by %1 %2, not by %3</source>
            <translation>required by %1 %2, not by %3</translation>
        </message>
        <message>
            <source>needs %1 %2, the newest is %3</source>
            <translation>needs %1 %2, the newest is %3</translation>
        </message>
        <message>
            <source>%1 (via %2; %3)</source>
            <translation>%1 (via %2; %3)</translation>
        </message>
        <message>
            <source>No operator’s name contains “%1”.</source>
            <translation>No operator’s name contains “%1”.</translation>
        </message>
        <message>
            <source>The graph could not be exported: %1</source>
            <translation>The graph could not be exported: %1</translation>
        </message>
        <message>
            <source>Operator dependencies</source>
            <translation>Operator dependencies</translation>
        </message>
        <message>
            <source>Target: Kubernetes %1</source>
            <translation>Target: Kubernetes %1</translation>
        </message>
        <message>
            <source>Exported on %1</source>
            <translation>Exported on %1</translation>
        </message>
        <message>
            <source>minKubeVersion %1 is above Kubernetes %2</source>
            <translation>minKubeVersion %1 is above Kubernetes %2</translation>
        </message>
        <message>
            <source>olm.maxOpenShiftVersion %1 blocks OpenShift %2</source>
            <translation>olm.maxOpenShiftVersion %1 blocks OpenShift %2</translation>
        </message>
        <message numerus="yes">
            <source>All %n clusters: too many frames, choose a group or a cluster</source>
            <translation>
                <numerusform>All %n cluster: too many frames, choose a group or a cluster</numerusform>
                <numerusform>All %n clusters: too many frames, choose a group or a cluster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kirikae::PlanHopModel</name>
        <message numerus="yes">
            <source>Blocked: %n open</source>
            <translation>
                <numerusform>Blocked: %n open</numerusform>
                <numerusform>Blocked: %n open</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Nodes first</source>
            <translation>Nodes first</translation>
        </message>
        <message>
            <source>Hop</source>
            <extracomment>Column: one control-plane minor step of an upgrade</extracomment>
            <translation>Hop</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Removed APIs in use</source>
            <translation>Removed APIs in use</translation>
        </message>
        <message>
            <source>Node pools first</source>
            <translation>Node pools first</translation>
        </message>
        <message>
            <source>Operators blocked</source>
            <translation>Operators blocked</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>CRD %1 stores %2: %3 no longer serves it</source>
            <translation>CRD %1 stores %2: %3 no longer serves it</translation>
        </message>
        <message>
            <source>OpenShift %1 is not on the update graph (channel %2)</source>
            <translation>OpenShift %1 is not on the update graph (channel %2)</translation>
        </message>
        <message>
            <source>OpenShift %1 only as a conditional update (channel %2)</source>
            <translation>OpenShift %1 only as a conditional update (channel %2)</translation>
        </message>
        <message>
            <source>OpenShift %1 offered (channel %2)</source>
            <translation>OpenShift %1 offered (channel %2)</translation>
        </message>
        <message>
            <source>Risk %1: %2</source>
            <translation>Risk %1: %2</translation>
        </message>
        <message>
            <source>EUS to EUS: %1 → %2, workers paused</source>
            <translation>EUS to EUS: %1 → %2, workers paused</translation>
        </message>
        <message>
            <source>Add-ons, CRDs, update graph</source>
            <translation>Add-ons, CRDs, update graph</translation>
        </message>
    </context>
    <context>
        <name>kirikae::PlanPage</name>
        <message>
            <source>Upgrade plan</source>
            <translation>Upgrade plan</translation>
        </message>
        <message>
            <source>(not built yet)</source>
            <translation>(not built yet)</translation>
        </message>
        <message>
            <source>&lt;p&gt;Open a workspace with snapshots to plan an upgrade.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Open a workspace with snapshots to plan an upgrade.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>GO: nothing blocks the route</source>
            <translation>GO: nothing blocks the route</translation>
        </message>
        <message numerus="yes">
            <source>NO-GO: %n open blocker(s)</source>
            <translation>
                <numerusform>NO-GO: %n open blocker</numerusform>
                <numerusform>NO-GO: %n open blockers</numerusform>
            </translation>
        </message>
        <message>
            <source>No cluster of the fleet is below the target.</source>
            <translation>No cluster of the fleet is below the target.</translation>
        </message>
        <message>
            <source>There is no plan to export.</source>
            <translation>There is no plan to export.</translation>
        </message>
        <message>
            <source>Export the runbook</source>
            <translation>Export the runbook</translation>
        </message>
        <message>
            <source>Runbook (*.%1)</source>
            <translation>Runbook (*.%1)</translation>
        </message>
        <message>
            <source>The route to a target version, one control-plane minor per hop, and what blocks each hop. The runbook on the right is what the review meeting reads; its language is chosen here, independently of the interface.</source>
            <translation>The route to a target version, one control-plane minor per hop, and what blocks each hop. The runbook on the right is what the review meeting reads; its language is chosen here, independently of the interface.</translation>
        </message>
        <message>
            <source>Cluster:</source>
            <translation>Cluster:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <source>Strategy:</source>
            <translation>Strategy:</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>In place</translation>
        </message>
        <message>
            <source>Blue/green (new cluster)</source>
            <translation>Blue/green (new cluster)</translation>
        </message>
        <message>
            <source>New cluster:</source>
            <translation>New cluster:</translation>
        </message>
        <message>
            <source>Runbook language:</source>
            <translation>Runbook language:</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>Export HTML…</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Export Markdown…</translation>
        </message>
        <message>
            <source>Fleet runbook (PDF)…</source>
            <translation>Fleet runbook (PDF)…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Fleet schedule&lt;/b&gt; — development, staging, production; the day each must start</source>
            <translation>&lt;b&gt;Fleet schedule&lt;/b&gt; — development, staging, production; the day each must start</translation>
        </message>
        <message>
            <source>The new cluster runs on another platform (%1, not %2): storage, load balancers and identities must be mapped by hand.</source>
            <translation>The new cluster runs on another platform (%1, not %2): storage, load balancers and identities must be mapped by hand.</translation>
        </message>
        <message>
            <source>The new cluster runs %1: the plan goes there.</source>
            <translation>The new cluster runs %1: the plan goes there.</translation>
        </message>
        <message>
            <source>The runbook could not be exported: %1</source>
            <translation>The runbook could not be exported: %1</translation>
        </message>
        <message>
            <source>&amp;At once per tier:</source>
            <translation>&amp;At once per tier:</translation>
        </message>
        <message>
            <source>How many clusters of one tier the schedule upgrades at the same time; the next tier starts when the whole tier has soaked. Saved in the workspace.</source>
            <translation>How many clusters of one tier the schedule upgrades at the same time; the next tier starts when the whole tier has soaked. Saved in the workspace.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::ScheduleModel</name>
        <message>
            <source>development</source>
            <translation>development</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>staging</translation>
        </message>
        <message>
            <source>production</source>
            <translation>production</translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1 (late)</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Tier</source>
            <extracomment>Column: development, staging or production</extracomment>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>Support ends</translation>
        </message>
        <message>
            <source>Start by</source>
            <translation>Start by</translation>
        </message>
        <message>
            <source>Finish by</source>
            <translation>Finish by</translation>
        </message>
        <message>
            <source>Open blockers</source>
            <translation>Open blockers</translation>
        </message>
        <message>
            <source>Late: support ends %1; it can no longer start early enough.</source>
            <translation>Late: support ends %1; it can no longer start early enough.</translation>
        </message>
        <message>
            <source>Late: it waits for a release and cannot finish before support ends %1.</source>
            <translation>Late: it waits for a release and cannot finish before support ends %1.</translation>
        </message>
        <message>
            <source>A hop waits for its minor, projected for %1 (not announced yet).</source>
            <translation>A hop waits for its minor, projected for %1 (not announced yet).</translation>
        </message>
        <message>
            <source>A hop waits for its minor, released %1.</source>
            <translation>A hop waits for its minor, released %1.</translation>
        </message>
        <message>
            <source>On %1 the vendor upgrades the control plane to %2; node pools stay.</source>
            <translation>On %1 the vendor upgrades the control plane to %2; node pools stay.</translation>
        </message>
        <message>
            <source>On %1 the vendor upgrades the control plane and node pools to %2.</source>
            <translation>On %1 the vendor upgrades the control plane and node pools to %2.</translation>
        </message>
        <message>
            <source>That comes before this upgrade finishes.</source>
            <translation>That comes before this upgrade finishes.</translation>
        </message>
        <message>
            <source>Then breaks: %1</source>
            <translation>Then breaks: %1</translation>
        </message>
        <message>
            <source>Vendor forces</source>
            <translation>Vendor forces</translation>
        </message>
    </context>
    <context>
        <name>kirikae::TimelinePage</name>
        <message>
            <source>Support timeline</source>
            <translation>Support timeline</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>upstream</translation>
        </message>
        <message>
            <source>Amazon EKS</source>
            <translation>Amazon EKS</translation>
        </message>
        <message>
            <source>Google GKE</source>
            <translation>Google GKE</translation>
        </message>
        <message>
            <source>Azure AKS</source>
            <translation>Azure AKS</translation>
        </message>
        <message>
            <source>Red Hat OpenShift</source>
            <translation>Red Hat OpenShift</translation>
        </message>
        <message>
            <source>Lead time before the end of support:</source>
            <translation>Lead time before the end of support:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Kubernetes %1 upstream</source>
            <translation>Kubernetes %1 upstream</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 extended</source>
            <translation>%1 extended</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>Today (%1)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Support by</source>
            <translation>Support by</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>Support ends</translation>
        </message>
        <message>
            <source>Start the next upgrade by</source>
            <translation>Start the next upgrade by</translation>
        </message>
        <message>
            <source>~%1</source>
            <extracomment>Axis label of a projected (not yet released) minor, e.g. ~1.38</extracomment>
            <translation>~%1</translation>
        </message>
        <message>
            <source>Each bar is a Kubernetes minor from its release to the end of its support; the thinner bars beside it are the vendors' windows (extended support lighter). Projected minors are dashed. The red line is today. Each cluster is a marker on its minor, on its vendor's bar where it has one, at the day its support ends: the distance to the red line is the time left. Hover over a bar or a marker for its dates.</source>
            <translation>Each bar is a Kubernetes minor from its release to the end of its support; the thinner bars beside it are the vendors' windows (extended support lighter). Projected minors are dashed. The red line is today. Each cluster is a marker on its minor, on its vendor's bar where it has one, at the day its support ends: the distance to the red line is the time left. Hover over a bar or a marker for its dates.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>a cluster, where its support ends</source>
            <translation>a cluster, where its support ends</translation>
        </message>
        <message>
            <source>Kubernetes %1 (projected: not released yet)</source>
            <translation>Kubernetes %1 (projected: not released yet)</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>%1 (projected)
Released about %2
Support ends about %3</source>
            <translation>%1 (projected)
Released about %2
Support ends about %3</translation>
        </message>
        <message>
            <source>%1
Released %2
Support ends %3</source>
            <translation>%1
Released %2
Support ends %3</translation>
        </message>
        <message>
            <source>%1 (Kubernetes %2): standard support
Released %3
Standard support ends %4</source>
            <translation>%1 (Kubernetes %2): standard support
Released %3
Standard support ends %4</translation>
        </message>
        <message>
            <source>Extended support until %1</source>
            <translation>Extended support until %1</translation>
        </message>
        <message>
            <source>%1 (Kubernetes %2): extended support
From %3
Support ends %4</source>
            <translation>%1 (Kubernetes %2): extended support
From %3
Support ends %4</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Today: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>ended %n day ago</numerusform>
                <numerusform>ended %n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
Kubernetes %2 (%3)
Support ends %4: %5</source>
            <translation>%1
Kubernetes %2 (%3)
Support ends %4: %5</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s), support ends %1:</source>
            <translation>
                <numerusform>%n cluster(s), support ends %1:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>the vendor upgrades it before its planned upgrade is done</source>
            <translation>the vendor upgrades it before its planned upgrade is done</translation>
        </message>
        <message numerus="yes">
            <source>Red: the vendor upgrades %n of them before their planned upgrade is done.</source>
            <translation>
                <numerusform>Red: the vendor upgrades %n of them before their planned upgrade is done.</numerusform>
            </translation>
        </message>
        <message>
            <source>Red: the vendor upgrades it before its planned upgrade is done.</source>
            <translation>Red: the vendor upgrades it before its planned upgrade is done.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::VersionMatrixModel</name>
        <message>
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>behind</translation>
        </message>
        <message>
            <source>violates the skew policy</source>
            <translation>violates the skew policy</translation>
        </message>
        <message>
            <source>unsupported</source>
            <translation>unsupported</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>Up to date.</translation>
        </message>
        <message>
            <source>At or above %1, what kubeadm ships.</source>
            <translation>At or above %1, what kubeadm ships.</translation>
        </message>
        <message>
            <source>The newest Kubernetes minor is %1.</source>
            <translation>The newest Kubernetes minor is %1.</translation>
        </message>
        <message>
            <source>Patch %1 is available.</source>
            <translation>Patch %1 is available.</translation>
        </message>
        <message>
            <source>Older than %1, the version kubeadm ships with this cluster's minor.</source>
            <translation>Older than %1, the version kubeadm ships with this cluster's minor.</translation>
        </message>
        <message>
            <source>Behind the control plane (%1).</source>
            <translation>Behind the control plane (%1).</translation>
        </message>
        <message>
            <source>Violates the version-skew policy: %1</source>
            <translation>Violates the version-skew policy: %1</translation>
        </message>
        <message>
            <source>Kubernetes %1 is out of upstream support.</source>
            <translation>Kubernetes %1 is out of upstream support.</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Where: %1</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>%1 %2 at Kubernetes %3: %4 (%5).</source>
            <translation>%1 %2 at Kubernetes %3: %4 (%5).</translation>
        </message>
        <message>
            <source>No release in the add-on catalog runs on Kubernetes %1.</source>
            <translation>No release in the add-on catalog runs on Kubernetes %1.</translation>
        </message>
        <message>
            <source>The lowest release that runs on Kubernetes %1: %2 (%3).</source>
            <translation>The lowest release that runs on Kubernetes %1: %2 (%3).</translation>
        </message>
        <message>
            <source>%1 ▸ %2</source>
            <translation>%1 ▸ %2</translation>
        </message>
        <message>
            <source>Its own compatibility table does not support Kubernetes %1.</source>
            <translation>Its own compatibility table does not support Kubernetes %1.</translation>
        </message>
    </context>
    <context>
        <name>kirikae::VersionsPage</name>
        <message>
            <source>Version matrix</source>
            <translation>Version matrix</translation>
        </message>
        <message>
            <source>Every component of every cluster side by side. kubelet and kube-proxy open into their versions and nodes; hover a cell for the reason and the rule.</source>
            <translation>Every component of every cluster side by side. kubelet and kube-proxy open into their versions and nodes; hover a cell for the reason and the rule.</translation>
        </message>
        <message>
            <source>Filter components or nodes…</source>
            <translation>Filter components or nodes…</translation>
        </message>
        <message>
            <source>current minor only</source>
            <translation>current minor only</translation>
        </message>
        <message>
            <source>Also judge every add-on at this Kubernetes minor, from its own compatibility table: supported, tested, minimum met, not tested (not the same as unsupported), not supported or no data; the tooltip names the lowest release that runs there.</source>
            <translation>Also judge every add-on at this Kubernetes minor, from its own compatibility table: supported, tested, minimum met, not tested (not the same as unsupported), not supported or no data; the tooltip names the lowest release that runs there.</translation>
        </message>
        <message>
            <source>Add-ons at target:</source>
            <translation>Add-ons at target:</translation>
        </message>
    </context>
    <context>
        <name>kirikae::WaiverDialog</name>
        <message>
            <source>Until the date</source>
            <translation>Until the date</translation>
        </message>
        <message>
            <source>Until the cluster runs Kubernetes</source>
            <translation>Until the cluster runs Kubernetes</translation>
        </message>
        <message>
            <source>Accept a finding on %1</source>
            <translation>Accept a finding on %1</translation>
        </message>
        <message>
            <source>1.32</source>
            <translation>1.32</translation>
        </message>
        <message>
            <source>Why this is acceptable for now</source>
            <translation>Why this is acceptable for now</translation>
        </message>
        <message>
            <source>Who answers for it</source>
            <translation>Who answers for it</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Accepted by</source>
            <translation>Accepted by</translation>
        </message>
        <message>
            <source>Edit the waiver on %1</source>
            <translation>Edit the waiver on %1</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Changed by</translation>
        </message>
    </context>
    <context>
        <name>FleetAnalysis</name>
        <message>
            <source>%1: the new cluster cannot be the cluster it replaces.</source>
            <translation>%1: the new cluster cannot be the cluster it replaces.</translation>
        </message>
    </context>
    <context>
        <name>VendorPolicies</name>
        <message>
            <source>“sure: %1” is not official, third-party or unknown.</source>
            <translation>“sure: %1” is not official, third-party or unknown.</translation>
        </message>
        <message>
            <source>“%1: %2” is not one of: %3.</source>
            <translation>“%1: %2” is not one of: %3.</translation>
        </message>
        <message>
            <source>A fee</source>
            <translation>A fee</translation>
        </message>
        <message>
            <source>“amount” is not a number.</source>
            <translation>“amount” is not a number.</translation>
        </message>
        <message>
            <source>“amount” is negative.</source>
            <translation>“amount” is negative.</translation>
        </message>
        <message>
            <source>An amount needs “sure”: official or third-party.</source>
            <translation>An amount needs “sure”: official or third-party.</translation>
        </message>
        <message>
            <source>“forcedUpgrade”</source>
            <translation>“forcedUpgrade”</translation>
        </message>
        <message>
            <source>The vendor-policy catalog</source>
            <translation>The vendor-policy catalog</translation>
        </message>
        <message>
            <source>“vendors”</source>
            <translation>“vendors”</translation>
        </message>
        <message>
            <source>A vendor</source>
            <translation>A vendor</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CostModel</name>
        <message>
            <source>standard support</source>
            <translation>standard support</translation>
        </message>
        <message>
            <source>extended support</source>
            <translation>extended support</translation>
        </message>
        <message>
            <source>maintenance support</source>
            <translation>maintenance support</translation>
        </message>
        <message>
            <source>end of life</source>
            <translation>end of life</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>%1 %2 a month</source>
            <translation>%1 %2 a month</translation>
        </message>
        <message>
            <source> (on %1, where the vendor has moved it)</source>
            <translation> (on %1, where the vendor has moved it)</translation>
        </message>
        <message>
            <source>%1 (your contract)</source>
            <translation>%1 (your contract)</translation>
        </message>
        <message>
            <source>%1 (third-party figure)</source>
            <translation>%1 (third-party figure)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Fee today</source>
            <translation>Fee today</translation>
        </message>
        <message>
            <source>Fee changes</source>
            <translation>Fee changes</translation>
        </message>
        <message>
            <source>Vendor forces</source>
            <translation>Vendor forces</translation>
        </message>
        <message>
            <source>What the vendor does</source>
            <translation>What the vendor does</translation>
        </message>
        <message>
            <source>Breaks then</source>
            <translation>Breaks then</translation>
        </message>
        <message>
            <source>Planned upgrade done</source>
            <translation>Planned upgrade done</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>%1 (projected)</source>
            <translation>%1 (projected)</translation>
        </message>
        <message>
            <source>control plane to %1; node pools stay</source>
            <translation>control plane to %1; node pools stay</translation>
        </message>
        <message>
            <source>control plane and nodes to %1</source>
            <translation>control plane and nodes to %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>The vendor moves before the planned upgrade is done.</source>
            <translation>The vendor moves before the planned upgrade is done.</translation>
        </message>
        <message>
            <source>Notice: %1</source>
            <translation>Notice: %1</translation>
        </message>
        <message>
            <source>%1 %2 on %3 falls outside the version-skew policy</source>
            <translation>%1 %2 on %3 falls outside the version-skew policy</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n node(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>clients requesting %1</source>
            <translation>clients requesting %1</translation>
        </message>
        <message>
            <source>%1 uses %2, removed in %3</source>
            <translation>%1 uses %2, removed in %3</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CostPage</name>
        <message>
            <source>Cost and deadlines</source>
            <translation>Cost and deadlines</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 a month</translation>
        </message>
        <message>
            <source>Vendor fees if every cluster stays (the vendors' forced upgrades included)</source>
            <translation>Vendor fees if every cluster stays (the vendors' forced upgrades included)</translation>
        </message>
        <message>
            <source>Vendor fees following the fleet schedule to %1</source>
            <translation>Vendor fees following the fleet schedule to %1</translation>
        </message>
        <message>
            <source>Following the schedule to %1 saves %2 %3 in vendor fees until %4.</source>
            <translation>Following the schedule to %1 saves %2 %3 in vendor fees until %4.</translation>
        </message>
        <message>
            <source>Some fees are unknown (no source states them) and are not counted: enter your contract's price in the workspace.</source>
            <translation>Some fees are unknown (no source states them) and are not counted: enter your contract's price in the workspace.</translation>
        </message>
        <message>
            <source>No cluster of the fleet pays a vendor support fee.</source>
            <translation>No cluster of the fleet pays a vendor support fee.</translation>
        </message>
        <message>
            <source>What each cluster pays its vendor today, when that changes, and what the vendor does if the cluster stays behind: the day it upgrades the cluster itself and what breaks then. Red: the vendor moves before the planned upgrade is done.</source>
            <translation>What each cluster pays its vendor today, when that changes, and what the vendor does if the cluster stays behind: the day it upgrades the cluster itself and what breaks then. Red: the vendor moves before the planned upgrade is done.</translation>
        </message>
        <message>
            <source>Schedule to:</source>
            <translation>Schedule to:</translation>
        </message>
        <message>
            <source>Staying where they are</source>
            <translation>Staying where they are</translation>
        </message>
        <message>
            <source>Following the schedule</source>
            <translation>Following the schedule</translation>
        </message>
        <message>
            <source>Savings until:</source>
            <translation>Savings until:</translation>
        </message>
        <message>
            <source>Following the schedule to %1 changes no %2 vendor fee until %3.</source>
            <translation>Following the schedule to %1 changes no %2 vendor fee until %3.</translation>
        </message>
        <message>
            <source>Following the schedule to %1 costs %2 %3 more in vendor fees until %4.</source>
            <translation>Following the schedule to %1 costs %2 %3 more in vendor fees until %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n other cluster(s)</source>
            <translation>
                <numerusform>%n other cluster</numerusform>
                <numerusform>%n other clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n cluster(s))</source>
            <translation>
                <numerusform>%1 (%n cluster)</numerusform>
                <numerusform>%1 (%n clusters)</numerusform>
            </translation>
        </message>
        <message>
            <source>No cluster shown here pays its vendor a support fee.</source>
            <translation>No cluster shown here pays its vendor a support fee.</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Chart:</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <source>%1 (%n replica(s))</source>
            <translation>
                <numerusform>%1 (%n replica)</numerusform>
                <numerusform>%1 (%n replicas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InCluster</name>
        <message>
            <source>Not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set (Kubernetes sets them in every pod).</source>
            <translation>Not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set (Kubernetes sets them in every pod).</translation>
        </message>
        <message>
            <source>The service account token %1 cannot be read (%2); is a service account token mounted in the pod?</source>
            <translation>The service account token %1 cannot be read (%2); is a service account token mounted in the pod?</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>%1 cannot be read (%2): the server's certificate is checked against the system's trusted CAs instead.</source>
            <translation>%1 cannot be read (%2): the server's certificate is checked against the system's trusted CAs instead.</translation>
        </message>
    </context>
    <context>
        <name>Fleet</name>
        <message numerus="yes">
            <source>%1: %n file(s) that are not snapshots were skipped (%2).</source>
            <translation>
                <numerusform>%1: %n file that is not a snapshot was skipped (%2).</numerusform>
                <numerusform>%1: %n files that are not snapshots were skipped (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>no snapshot in this folder.</source>
            <translation>no snapshot in this folder.</translation>
        </message>
        <message numerus="yes">
            <source>%n clusters are named “%1” but come from different servers or contexts: they are kept apart as %2.</source>
            <translation>
                <numerusform>%n cluster is named “%1” but comes from a different server or context: it is kept apart as %2.</numerusform>
                <numerusform>%n clusters are named “%1” but come from different servers or contexts: they are kept apart as %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AddonCatalog</name>
        <message>
            <source>unknown key “%1”.</source>
            <translation>unknown key “%1”.</translation>
        </message>
        <message>
            <source>“semantics: %1” is not one of: supported, compatible, tested, minimum, expected, client-go, policy.</source>
            <translation>“semantics: %1” is not one of: supported, compatible, tested, minimum, expected, client-go, policy.</translation>
        </message>
        <message>
            <source>“%1” is not a Kubernetes minor such as 1.30.</source>
            <translation>“%1” is not a Kubernetes minor such as 1.30.</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>“%1” is empty.</translation>
        </message>
        <message>
            <source>A release</source>
            <translation>A release</translation>
        </message>
        <message>
            <source>a release has “match” or “chart”, not both.</source>
            <translation>a release has “match” or “chart”, not both.</translation>
        </message>
        <message>
            <source>“disputed” needs a “disagreement” that says what the other source says.</source>
            <translation>“disputed” needs a “disagreement” that says what the other source says.</translation>
        </message>
        <message>
            <source>“detect”</source>
            <translation>“detect”</translation>
        </message>
        <message>
            <source>“helmVersion: %1” is not chart or app.</source>
            <translation>“helmVersion: %1” is not chart or app.</translation>
        </message>
        <message>
            <source>An add-on</source>
            <translation>An add-on</translation>
        </message>
        <message>
            <source>the add-on “%1” does not say what its source means (“semantics”).</source>
            <translation>the add-on “%1” does not say what its source means (“semantics”).</translation>
        </message>
        <message>
            <source>A statement</source>
            <translation>A statement</translation>
        </message>
        <message>
            <source>The add-on compatibility catalog</source>
            <translation>The add-on compatibility catalog</translation>
        </message>
        <message>
            <source>the add-on “%1” is listed twice.</source>
            <translation>the add-on “%1” is listed twice.</translation>
        </message>
        <message>
            <source>the catalog lists no add-on (“addons”).</source>
            <translation>the catalog lists no add-on (“addons”).</translation>
        </message>
    </context>
    <context>
        <name>AddonReason</name>
        <message>
            <source>The source lists this minor for the release.</source>
            <translation>The source lists this minor for the release.</translation>
        </message>
        <message>
            <source>The source lists this minor as tested for the release.</source>
            <translation>The source lists this minor as tested for the release.</translation>
        </message>
        <message>
            <source>The source states the release works on this minor and older.</source>
            <translation>The source states the release works on this minor and older.</translation>
        </message>
        <message>
            <source>The minor meets the release's stated minimum; nothing is said about newer minors.</source>
            <translation>The minor meets the release's stated minimum; nothing is said about newer minors.</translation>
        </message>
        <message>
            <source>The source rules this minor out for the release.</source>
            <translation>The source rules this minor out for the release.</translation>
        </message>
        <message>
            <source>The minor is older than every minor the source states.</source>
            <translation>The minor is older than every minor the source states.</translation>
        </message>
        <message>
            <source>The minor is newer than every minor the source states.</source>
            <translation>The minor is newer than every minor the source states.</translation>
        </message>
        <message>
            <source>The source does not list this minor for the release.</source>
            <translation>The source does not list this minor for the release.</translation>
        </message>
        <message>
            <source>The source marks this minor in a way it does not define.</source>
            <translation>The source marks this minor in a way it does not define.</translation>
        </message>
        <message>
            <source>The source gives only the client-go version the release is built with.</source>
            <translation>The source gives only the client-go version the release is built with.</translation>
        </message>
        <message>
            <source>The source states no Kubernetes minor for the release yet.</source>
            <translation>The source states no Kubernetes minor for the release yet.</translation>
        </message>
        <message>
            <source>The add-on is not in the compatibility catalog.</source>
            <translation>The add-on is not in the compatibility catalog.</translation>
        </message>
        <message>
            <source>The running version could not be read.</source>
            <translation>The running version could not be read.</translation>
        </message>
        <message>
            <source>The catalog has no row for the running release.</source>
            <translation>The catalog has no row for the running release.</translation>
        </message>
        <message>
            <source>The project states a support policy, not per-release minors.</source>
            <translation>The project states a support policy, not per-release minors.</translation>
        </message>
    </context>
    <context>
        <name>AddonStatus</name>
        <message>
            <source>supported</source>
            <translation>supported</translation>
        </message>
        <message>
            <source>tested</source>
            <translation>tested</translation>
        </message>
        <message>
            <source>meets the stated requirement</source>
            <translation>meets the stated requirement</translation>
        </message>
        <message>
            <source>not tested</source>
            <translation>not tested</translation>
        </message>
        <message>
            <source>not supported</source>
            <translation>not supported</translation>
        </message>
        <message>
            <source>no compatibility data</source>
            <translation>no compatibility data</translation>
        </message>
    </context>
    <context>
        <name>HelmVersionConstraint</name>
        <message>
            <source>“%1” is not a version constraint Helm accepts (at “%2”).</source>
            <translation>“%1” is not a version constraint Helm accepts (at “%2”).</translation>
        </message>
    </context>
    <context>
        <name>AddonsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>CLUSTER</translation>
        </message>
        <message>
            <source>ADD-ON</source>
            <translation>ADD-ON</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>NOW</source>
            <translation>NOW</translation>
        </message>
        <message>
            <source>AT TARGET</source>
            <translation>AT TARGET</translation>
        </message>
        <message>
            <source>LOWEST RELEASE FOR TARGET</source>
            <translation>LOWEST RELEASE FOR TARGET</translation>
        </message>
        <message>
            <source>SOURCE SAYS</source>
            <translation>SOURCE SAYS</translation>
        </message>
        <message>
            <source>HELM RELEASE</source>
            <translation>HELM RELEASE</translation>
        </message>
        <message>
            <source>CHART</source>
            <translation>CHART</translation>
        </message>
        <message>
            <source>KUBEVERSION</source>
            <translation>KUBEVERSION</translation>
        </message>
        <message>
            <source>BLOCKS AT</source>
            <translation>BLOCKS AT</translation>
        </message>
        <message>
            <source>%1 (sources disagree)</source>
            <translation>%1 (sources disagree)</translation>
        </message>
        <message>
            <source>Snapshot files to check.</source>
            <translation>Snapshot files to check.</translation>
        </message>
        <message>
            <source>Judge add-ons at Kubernetes minor VERSION (e.g. 1.34); default: the newest released minor.</source>
            <translation>Judge add-ons at Kubernetes minor VERSION (e.g. 1.34); default: the newest released minor.</translation>
        </message>
        <message>
            <source>error: the release catalog has no minor released by %1; give --target.</source>
            <translation>error: the release catalog has no minor released by %1; give --target.</translation>
        </message>
        <message>
            <source>--target: “%1” is not a minor such as 1.34.</source>
            <translation>--target: “%1” is not a minor such as 1.34.</translation>
        </message>
    </context>
    <context>
        <name>SupportCost</name>
        <message>
            <source>%1 %2 on %3: %4</source>
            <translation>%1 %2 on %3: %4</translation>
        </message>
        <message>
            <source>%1, removed in %2</source>
            <translation>%1, removed in %2</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FleetGroupModel</name>
        <message>
            <source>version unknown</source>
            <translation>version unknown</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>unlabelled</translation>
        </message>
        <message>
            <source>Tier or environment</source>
            <translation>Tier or environment</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Kubernetes minor</source>
            <translation>Kubernetes minor</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n out of support</source>
            <translation>
                <numerusform>%n out of support</numerusform>
                <numerusform>%n out of support</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ending soon</source>
            <translation>
                <numerusform>%n ending soon</numerusform>
                <numerusform>%n ending soon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n supported</numerusform>
                <numerusform>%n supported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unknown</source>
            <translation>
                <numerusform>%n unknown</numerusform>
                <numerusform>%n unknown</numerusform>
            </translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>kirikae::GroupFilter</name>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>All clusters</translation>
        </message>
        <message>
            <source>By tier or environment</source>
            <translation>By tier or environment</translation>
        </message>
        <message>
            <source>By distribution</source>
            <translation>By distribution</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>By region</translation>
        </message>
        <message>
            <source>By Kubernetes minor</source>
            <translation>By Kubernetes minor</translation>
        </message>
        <message>
            <source>The group whose clusters are shown, with how many of them stand where in the support window.</source>
            <translation>The group whose clusters are shown, with how many of them stand where in the support window.</translation>
        </message>
    </context>
</TS>
