<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ApiObjects</name>
        <message>
            <source>Helm release secret %1: %2</source>
            <translation>Helm リリースの Secret %1: %2</translation>
        </message>
        <message>
            <source>no release data.</source>
            <translation>リリースデータがありません。</translation>
        </message>
        <message>
            <source>the release is not base64.</source>
            <translation>リリースが base64 ではありません。</translation>
        </message>
        <message>
            <source>the release is not valid gzip.</source>
            <translation>リリースが正しい gzip ではありません。</translation>
        </message>
        <message>
            <source>the release is not JSON.</source>
            <translation>リリースが JSON ではありません。</translation>
        </message>
        <message>
            <source>the release manifest is not YAML.</source>
            <translation>リリースのマニフェストが YAML ではありません。</translation>
        </message>
    </context>
    <context>
        <name>BundleReader</name>
        <message>
            <source>An olm.constraint</source>
            <translation>olm.constraint</translation>
        </message>
        <message>
            <source>an olm.constraint needs one of all, any, not, package, gvk or cel</source>
            <translation>olm.constraint には all・any・not・package・gvk・cel のいずれかが必要です</translation>
        </message>
        <message>
            <source>A dependency or property</source>
            <translation>依存関係またはプロパティ</translation>
        </message>
        <message>
            <source>The value of %1</source>
            <translation>%1 の値</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>ファイルが %1 MB を超えています</translation>
        </message>
        <message>
            <source>annotations.yaml</source>
            <translation>annotations.yaml</translation>
        </message>
        <message>
            <source>“annotations”</source>
            <translation>「annotations」</translation>
        </message>
        <message>
            <source>A ClusterServiceVersion</source>
            <translation>ClusterServiceVersion</translation>
        </message>
        <message>
            <source>kind is “%1”, not ClusterServiceVersion</source>
            <translation>kind が「%1」です（ClusterServiceVersion ではありません）</translation>
        </message>
        <message>
            <source>“metadata”</source>
            <translation>「metadata」</translation>
        </message>
        <message>
            <source>“spec”</source>
            <translation>「spec」</translation>
        </message>
        <message>
            <source>An install mode</source>
            <translation>インストールモード</translation>
        </message>
        <message>
            <source>“customresourcedefinitions”</source>
            <translation>「customresourcedefinitions」</translation>
        </message>
        <message>
            <source>A CRD description</source>
            <translation>CRD の記述</translation>
        </message>
        <message>
            <source>A metadata file</source>
            <translation>メタデータファイル</translation>
        </message>
        <message>
            <source>%1: not a folder</source>
            <translation>%1: フォルダーではありません</translation>
        </message>
        <message>
            <source>%1: no *.clusterserviceversion.yaml below this folder</source>
            <translation>%1: このフォルダーの下に *.clusterserviceversion.yaml がありません</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 がありません</translation>
        </message>
        <message>
            <source>“names”</source>
            <translation>「names」</translation>
        </message>
        <message>
            <source>A CRD version</source>
            <translation>CRD のバージョン</translation>
        </message>
    </context>
    <context>
        <name>Catalogs</name>
        <message>
            <source>%1: cannot be read (%2); using the next catalog.</source>
            <translation>%1: 読み込めません（%2）。次のカタログを使います。</translation>
        </message>
        <message>
            <source>%1; using the next catalog.</source>
            <translation>%1。次のカタログを使います。</translation>
        </message>
    </context>
    <context>
        <name>CollectCommand</name>
        <message>
            <source>Read FILE instead of $KUBECONFIG or ~/.kube/config.</source>
            <translation>$KUBECONFIG や ~/.kube/config の代わりに FILE を読みます。</translation>
        </message>
        <message>
            <source>Collect this context (repeatable; default: the current context).</source>
            <translation>このコンテキストを収集します（複数指定可。既定は現在のコンテキスト）。</translation>
        </message>
        <message>
            <source>Collect every context of the kubeconfig.</source>
            <translation>kubeconfig のすべてのコンテキストを収集します。</translation>
        </message>
        <message>
            <source>Write one snapshot per context into DIR.</source>
            <translation>コンテキストごとのスナップショットを DIR に書き出します。</translation>
        </message>
        <message>
            <source>Give up on a request after S seconds (default 30).</source>
            <translation>リクエストが S 秒で終わらなければ打ち切ります（既定 30）。</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>想定外の引数「%1」です。</translation>
        </message>
        <message>
            <source>name the output folder with -o DIR.</source>
            <translation>出力先フォルダーを -o DIR で指定してください。</translation>
        </message>
        <message>
            <source>--timeout “%1” is not a number of seconds.</source>
            <translation>--timeout「%1」は秒数ではありません。</translation>
        </message>
        <message>
            <source>use --context or --all-contexts, not both.</source>
            <translation>--context と --all-contexts は同時に使えません。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <source>error: %1 cannot be created.</source>
            <translation>エラー: %1 を作成できません。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>warning: %1: insecure-skip-tls-verify is set; the server's identity was not checked.</source>
            <translation>警告: %1: insecure-skip-tls-verify が設定されているため、サーバーの身元を確認していません。</translation>
        </message>
        <message>
            <source>CONTEXT</source>
            <translation>コンテキスト</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>MESSAGE</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>%1 has no context to collect: name one with --context, or use --all-contexts on a kubeconfig that has contexts.</source>
            <translation>%1 には取得できるコンテキストがありません。--context で指定するか、コンテキストのある kubeconfig で --all-contexts を使ってください。</translation>
        </message>
        <message>
            <source>Add the snapshots and their contexts to the workspace FILE (created when missing; a context collected again replaces its snapshot).</source>
            <translation>スナップショットとそのコンテキストをワークスペース FILE に追加します（ファイルがなければ作成します。収集し直したコンテキストはスナップショットを置き換えます）。</translation>
        </message>
        <message>
            <source>warning: %1 now refreshes its contexts from %2 instead of %3.</source>
            <translation>警告: %1 は今後、コンテキストを %3 ではなく %2 から収集します。</translation>
        </message>
        <message>
            <source>Read at most N clusters at once (default %1).</source>
            <translation>一度に読み取るクラスターを最大 N 個にします（既定 %1）。</translation>
        </message>
        <message>
            <source>--parallel “%1” is not a number from 1 to %2.</source>
            <translation>--parallel「%1」は 1 から %2 までの数ではありません。</translation>
        </message>
        <message>
            <source>--cluster-name and --service-account-dir go with --in-cluster.</source>
            <translation>--cluster-name と --service-account-dir は --in-cluster と一緒に使います。</translation>
        </message>
        <message>
            <source>--in-cluster reads the cluster it runs in: it takes no --%1.</source>
            <translation>--in-cluster は自分が動いているクラスターを読み取るため、--%1 は指定できません。</translation>
        </message>
        <message>
            <source>--in-cluster needs --cluster-name NAME: a pod cannot tell which cluster of the fleet it is in.</source>
            <translation>--in-cluster には --cluster-name NAME が必要です。Pod からは自分がフリートのどのクラスターにいるか分かりません。</translation>
        </message>
        <message>
            <source>Read the cluster this runs in, with the pod's service account (for a CronJob; needs --cluster-name).</source>
            <translation>自分が動いているクラスターを Pod のサービスアカウントで読み取ります（CronJob 向け。--cluster-name が必要）。</translation>
        </message>
        <message>
            <source>With --in-cluster: the cluster's name in the fleet; its snapshot is DIR/NAME.yaml.</source>
            <translation>--in-cluster と一緒に: フリートでのクラスター名。スナップショットは DIR/NAME.yaml になります。</translation>
        </message>
        <message>
            <source>With --in-cluster: read the token, ca.crt and namespace from DIR (default %1).</source>
            <translation>--in-cluster と一緒に: token、ca.crt、namespace を DIR から読みます（既定 %1）。</translation>
        </message>
        <message>
            <source>%1: reading %2 with the service account of namespace “%3”</source>
            <translation>%1: 名前空間「%3」のサービスアカウントで %2 を読み取ります</translation>
        </message>
        <message>
            <source>Label every snapshot KEY=VALUE (repeatable), e.g. tier=production or region=osaka-dc: the window groups the fleet by them.</source>
            <translation>すべてのスナップショットにラベル KEY=VALUE を付けます（繰り返し可。例: tier=production、region=osaka-dc）。ウィンドウはこのラベルでフリートをグループ化します。</translation>
        </message>
        <message>
            <source>--label “%1” is not KEY=VALUE.</source>
            <translation>--label “%1” は KEY=VALUE の形ではありません。</translation>
        </message>
        <message>
            <source>Ask for lists N items a page (default %1, as kubectl's --chunk-size); larger pages mean fewer round trips on a slow link.</source>
            <translation>一覧を 1 ページ N 件ずつ要求します（既定 %1、kubectl の --chunk-size と同じ）。ページが大きいほど遅い回線での往復が減ります。</translation>
        </message>
        <message>
            <source>--page-size “%1” is not a number from 1 to %2.</source>
            <translation>--page-size「%1」は 1 から %2 までの数ではありません。</translation>
        </message>
    </context>
    <context>
        <name>Collector</name>
        <message>
            <source>Cancelled.</source>
            <translation>キャンセルしました。</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) could not be read.</source>
            <translation>
                <numerusform>%n 項目を読み取れませんでした。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Judge support windows on DATE instead of today.</source>
            <translation>サポート期間を今日ではなく DATE の時点で判定します。</translation>
        </message>
        <message>
            <source>Read catalogs from DIR before the built-in ones.</source>
            <translation>組み込みカタログより先に DIR のカタログを読み込みます。</translation>
        </message>
        <message>
            <source>Output format: %1 (default %2).</source>
            <translation>出力形式: %1（既定は %2）。</translation>
        </message>
        <message>
            <source>kirikae %1: see kirikae --help for all commands.</source>
            <translation>kirikae %1: すべてのコマンドは kirikae --help を参照してください。</translation>
        </message>
        <message>
            <source>--today “%1” is not a date of the form YYYY-MM-DD.</source>
            <translation>--today「%1」は YYYY-MM-DD 形式の日付ではありません。</translation>
        </message>
        <message>
            <source>--format “%1” is not one of: %2.</source>
            <translation>--format「%1」は次のいずれでもありません: %2。</translation>
        </message>
        <message>
            <source>--data “%1” is not a folder.</source>
            <translation>--data「%1」はフォルダーではありません。</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <source>kirikae %1: %2</source>
            <translation>kirikae %1: %2</translation>
        </message>
        <message>
            <source>Try “kirikae %1 --help”.</source>
            <translation>「kirikae %1 --help」で使い方を確認してください。</translation>
        </message>
        <message>
            <source>name at least one snapshot file.</source>
            <translation>スナップショットファイルを一つ以上指定してください。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>kirikae: unknown command: %1 (not a file or folder either)</source>
            <translation>kirikae: 不明なコマンドです: %1（ファイルやフォルダーでもありません）</translation>
        </message>
        <message>
            <source>Commands: %1.</source>
            <translation>コマンド: %1。</translation>
        </message>
        <message>
            <source>Try “kirikae --help”.</source>
            <translation>「kirikae --help」で使い方を確認してください。</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>注記: %1</translation>
        </message>
        <message>
            <source>--%1: “%2” is not a minor such as 1.34.</source>
            <translation>--%1: 「%2」は 1.34 のようなマイナーバージョンではありません。</translation>
        </message>
    </context>
    <context>
        <name>ComponentDefaults</name>
        <message>
            <source>The component catalog</source>
            <translation>コンポーネントカタログ</translation>
        </message>
        <message>
            <source>A minor</source>
            <translation>マイナーの項目</translation>
        </message>
        <message>
            <source>“%1” is not a minor version.</source>
            <translation>「%1」はマイナーバージョンではありません。</translation>
        </message>
    </context>
    <context>
        <name>DebtCommand</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>SCORE</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>CLUSTER</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>AREA</source>
            <translation>領域</translation>
        </message>
        <message>
            <source>REASONS</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Apply the waivers of the workspace FILE.</source>
            <translation>ワークスペース FILE の例外承認（waiver）を適用します。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to score.</source>
            <translation>評価するスナップショットファイル、またはスナップショットのフォルダー。</translation>
        </message>
    </context>
    <context>
        <name>DebtScore</name>
        <message>
            <source> (%1, possible)</source>
            <translation>（%1、可能性あり）</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>Clients request %1</source>
            <translation>クライアントからの %1 要求が</translation>
        </message>
        <message>
            <source>%1 uses</source>
            <translation>%1 が</translation>
        </message>
        <message>
            <source>%1 %2, already removed in %3: the next apply or helm upgrade fails%4</source>
            <translation>%1 %2 を使用。%3 で削除済みのため、次の apply や helm upgrade は失敗します%4</translation>
        </message>
        <message>
            <source>%1 %2, removed in %3 — the next minor%4</source>
            <translation>%1 %2 を使用。次のマイナー %3 で削除されます%4</translation>
        </message>
        <message>
            <source>%1 %2, removed in %3%4</source>
            <translation>%1 %2 を使用。%3 で削除されます%4</translation>
        </message>
        <message>
            <source>%1 %2, deprecated%3</source>
            <translation>%1 %2 を使用。非推奨です%3</translation>
        </message>
        <message>
            <source>Kubernetes %1 is out of upstream support, %2 minor(s) behind %3</source>
            <translation>Kubernetes %1 はアップストリームのサポート切れで、%3 から %2 マイナー遅れています</translation>
        </message>
        <message>
            <source>Kubernetes %1 leaves upstream support in %2 day(s)</source>
            <translation>Kubernetes %1 のアップストリームサポートはあと %2 日で終了します</translation>
        </message>
        <message>
            <source>%1 %2 is past the vendor's end of life</source>
            <translation>%1 %2 はベンダーのサポート終了を過ぎています</translation>
        </message>
        <message>
            <source>%1 %2 is in extended support until %3</source>
            <translation>%1 %2 は %3 まで延長サポート中です</translation>
        </message>
        <message>
            <source>%1 %2 against %3 on %4 place(s): %5</source>
            <translation>%1 %2（%3 に対して、%4 か所）: %5</translation>
        </message>
        <message>
            <source>%1: %2 installed, %3 waiting (%4 approval)</source>
            <translation>%1: %2 を導入済み、%3 が待機中（承認方式 %4）</translation>
        </message>
        <message>
            <source>%1 %2 is older than %3, what kubeadm ships with this minor</source>
            <translation>%1 %2 は、このマイナーで kubeadm が同梱する %3 より古いバージョンです</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>マニフェスト</translation>
        </message>
        <message>
            <source>helm</source>
            <translation>Helm リリース</translation>
        </message>
        <message>
            <source>last-applied</source>
            <translation>last-applied アノテーション</translation>
        </message>
        <message>
            <source>managed-fields</source>
            <translation>managedFields</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>API サーバーのメトリクス</translation>
        </message>
        <message>
            <source>helm release %1 revision %2</source>
            <translation>Helm リリース %1（リビジョン %2）</translation>
        </message>
        <message>
            <source>%1 %2 does not support Kubernetes %3 (its own compatibility table)</source>
            <translation>%1 %2 は Kubernetes %3 をサポートしていません（アドオン自身の互換性表による）</translation>
        </message>
    </context>
    <context>
        <name>DeprecatedApis</name>
        <message>
            <source>The deprecated-API catalog</source>
            <translation>非推奨 API カタログ</translation>
        </message>
        <message>
            <source>An API entry</source>
            <translation>API の項目</translation>
        </message>
        <message>
            <source>“%1” is not a release such as 1.25.</source>
            <translation>「%1」は 1.25 のようなリリースではありません。</translation>
        </message>
    </context>
    <context>
        <name>ExecCredential</name>
        <message>
            <source>the plugin did not print an ExecCredential (%1).</source>
            <translation>プラグインが ExecCredential を出力しませんでした（%1）。</translation>
        </message>
        <message>
            <source>the plugin printed JSON that is not an ExecCredential.</source>
            <translation>プラグインの出力した JSON が ExecCredential ではありません。</translation>
        </message>
        <message>
            <source>the plugin's ExecCredential has neither a token nor a client certificate and key.</source>
            <translation>プラグインの ExecCredential にトークンもクライアント証明書・鍵もありません。</translation>
        </message>
        <message>
            <source>the credential plugin “%1” needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal to log in, then try again.</source>
            <translation>認証プラグイン「%1」は対話的な端末を必要とします（interactiveMode: Always）。一度端末で kubectl を実行してログインしてから、やり直してください。</translation>
        </message>
        <message>
            <source>the credential plugin “%1” was not found on PATH or in the usual install folders.</source>
            <translation>認証プラグイン「%1」が PATH にも通常のインストール先にも見つかりません。</translation>
        </message>
        <message>
            <source>the credential plugin “%1” could not be started (%2).</source>
            <translation>認証プラグイン「%1」を起動できません（%2）。</translation>
        </message>
        <message>
            <source>the credential plugin “%1” did not answer within %2 s.</source>
            <translation>認証プラグイン「%1」が %2 秒以内に応答しませんでした。</translation>
        </message>
        <message>
            <source>the credential plugin “%1” failed (exit code %2): %3</source>
            <translation>認証プラグイン「%1」が失敗しました（終了コード %2）: %3</translation>
        </message>
        <message>
            <source>credential plugin “%1”: %2</source>
            <translation>認証プラグイン「%1」: %2</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>Open the bundled demo workspace.</source>
            <translation>同梱のデモワークスペースを開きます。</translation>
        </message>
        <message>
            <source>User interface language: ja or en.</source>
            <translation>画面の言語: ja または en。</translation>
        </message>
        <message>
            <source>Render every page to DIR/&lt;page&gt;.png and exit.</source>
            <translation>すべてのページを DIR/&lt;page&gt;.png に描画して終了します。</translation>
        </message>
        <message>
            <source>Judge support windows on DATE instead of today.</source>
            <translation>サポート期間を今日ではなく DATE の時点で判定します。</translation>
        </message>
        <message>
            <source>Read catalogs from DIR before the built-in ones.</source>
            <translation>組み込みカタログより先に DIR のカタログを読み込みます。</translation>
        </message>
        <message>
            <source>kirikae: %1</source>
            <translation>kirikae: %1</translation>
        </message>
        <message>
            <source>Try “kirikae --help”.</source>
            <translation>「kirikae --help」で使い方を確認してください。</translation>
        </message>
        <message>
            <source>--lang “%1” is not ja or en.</source>
            <translation>--lang「%1」は ja でも en でもありません。</translation>
        </message>
        <message>
            <source>--today “%1” is not a date of the form YYYY-MM-DD.</source>
            <translation>--today「%1」は YYYY-MM-DD 形式の日付ではありません。</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
        <message>
            <source>Window size, e.g. 1366x768; --screenshot renders at this size (default 1280x800).</source>
            <translation>ウィンドウサイズ（例: 1366x768）。--screenshot はこのサイズで描画します（既定は 1280x800）。</translation>
        </message>
        <message>
            <source>--size “%1” is not of the form WIDTHxHEIGHT, e.g. 1366x768 (at least 640x480).</source>
            <translation>--size「%1」は 幅x高さ の形式（例: 1366x768、640x480 以上）ではありません。</translation>
        </message>
        <message>
            <source>The workspace could not be opened: %1</source>
            <translation>ワークスペースを開けませんでした: %1</translation>
        </message>
        <message>
            <source>Open the workspace FILE, or the folder DIR as a workspace (every snapshot under it).</source>
            <translation>ワークスペース FILE を開きます。フォルダー DIR なら、その中のすべてのスナップショットをワークスペースとして開きます。</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to open.</source>
            <translation>開くスナップショットファイル、またはスナップショットのフォルダー。</translation>
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
            <translation>Kirikae は複数クラスターの Kubernetes アップグレードを計画するツールです。

コマンドを指定しないとウィンドウを開きます（何も指定しなければ同梱のデモフリートを表示）。
コマンド（画面なしで実行。詳しくは kirikae COMMAND --help）:
  addons SNAPSHOT... [--target 1.N]   目標バージョンへの更新を妨げるアドオンと Helm チャート
  collect -o DIR         kubeconfig のコンテキストからクラスター情報をスナップショットに取得（GET のみ）
  debt SNAPSHOT...       クラスターと領域ごとのアップグレード負債を、理由つきで順位づけ
  operators (SNAPSHOT | BUNDLE_DIR)...   OLM の依存関係グラフを解決し、更新順を示す
  plan SNAPSHOT... --target 1.N -o FILE   アップグレード手順書を PDF・HTML・Markdown で出力（--format json も可）
  scan PATH... --target 1.N   マニフェストとスナップショット内の非推奨・削除済み API
  versions SNAPSHOT...   各クラスターがサポート期間のどこにいるか
終了コード: 0 正常、1 実行時エラー、2 使い方の誤り、3 --fail-on 以上の検出あり。</translation>
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
            <translation>%1: サーバーに接続できません（%2）。</translation>
        </message>
        <message>
            <source>%1: no answer within the time limit (%2).</source>
            <translation>%1: 制限時間内に応答がありません（%2）。</translation>
        </message>
        <message>
            <source>%1: TLS failed (%2).</source>
            <translation>%1: TLS 接続に失敗しました（%2）。</translation>
        </message>
        <message>
            <source>%1: the answer is larger than %2 MB; it was not read.</source>
            <translation>%1: 応答が %2 MB を超えるため読み込みませんでした。</translation>
        </message>
        <message>
            <source>%1: cancelled.</source>
            <translation>%1: キャンセルしました。</translation>
        </message>
        <message>
            <source>%1: the connection failed (%2).</source>
            <translation>%1: 接続に失敗しました（%2）。</translation>
        </message>
        <message>
            <source> The server says: %1</source>
            <translation> サーバーの応答: %1</translation>
        </message>
        <message>
            <source>%1: 401 Unauthorized — the credentials were not accepted.</source>
            <translation>%1: 401 Unauthorized — 認証情報が受け付けられませんでした。</translation>
        </message>
        <message>
            <source>%1: 403 Forbidden — the user may not read this.</source>
            <translation>%1: 403 Forbidden — このユーザーには読み取り権限がありません。</translation>
        </message>
        <message>
            <source>%1: 404 Not Found.</source>
            <translation>%1: 404 Not Found。</translation>
        </message>
        <message>
            <source>%1: 410 Gone.</source>
            <translation>%1: 410 Gone。</translation>
        </message>
        <message>
            <source>%1: HTTP %2.</source>
            <translation>%1: HTTP %2。</translation>
        </message>
        <message>
            <source>%1: the answer is not a JSON object (%2 at byte %3).</source>
            <translation>%1: 応答が JSON オブジェクトではありません（%3 バイト目で %2）。</translation>
        </message>
        <message>
            <source>%1: the answer is not a list (no “items”).</source>
            <translation>%1: 応答がリストではありません（「items」がありません）。</translation>
        </message>
    </context>
    <context>
        <name>KubeConfig</name>
        <message>
            <source>“%1” is not valid base64.</source>
            <translation>「%1」は正しい base64 ではありません。</translation>
        </message>
        <message>
            <source>“exec”</source>
            <translation>「exec」</translation>
        </message>
        <message>
            <source>An “env” entry</source>
            <translation>「env」の要素</translation>
        </message>
        <message>
            <source>A kubeconfig</source>
            <translation>kubeconfig</translation>
        </message>
        <message>
            <source>A cluster entry</source>
            <translation>クラスターの項目</translation>
        </message>
        <message>
            <source>“cluster”</source>
            <translation>「cluster」</translation>
        </message>
        <message>
            <source>A user entry</source>
            <translation>ユーザーの項目</translation>
        </message>
        <message>
            <source>“user”</source>
            <translation>「user」</translation>
        </message>
        <message>
            <source>A context entry</source>
            <translation>コンテキストの項目</translation>
        </message>
        <message>
            <source>“context”</source>
            <translation>「context」</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>開けません（%1）。</translation>
        </message>
        <message>
            <source>is too large to be a kubeconfig.</source>
            <translation>kubeconfig としては大きすぎます。</translation>
        </message>
        <message>
            <source>No kubeconfig found (looked for %1).</source>
            <translation>kubeconfig が見つかりません（探した場所: %1）。</translation>
        </message>
        <message>
            <source>The context “%1” is not in the kubeconfig.</source>
            <translation>コンテキスト「%1」は kubeconfig にありません。</translation>
        </message>
        <message>
            <source>The context “%1” names the cluster “%2”, which the kubeconfig does not define.</source>
            <translation>コンテキスト「%1」が参照するクラスター「%2」は kubeconfig に定義されていません。</translation>
        </message>
        <message>
            <source>The cluster “%1” has no server address.</source>
            <translation>クラスター「%1」にサーバーのアドレスがありません。</translation>
        </message>
        <message>
            <source>The context “%1” names the user “%2”, which the kubeconfig does not define.</source>
            <translation>コンテキスト「%1」が参照するユーザー「%2」は kubeconfig に定義されていません。</translation>
        </message>
        <message>
            <source>The user “%1” uses the auth-provider “%2”, which kubectl no longer supports; switch it to an exec plugin (for example gke-gcloud-auth-plugin or kubelogin).</source>
            <translation>ユーザー「%1」は auth-provider「%2」を使っていますが、kubectl はもう対応していません。exec プラグイン（gke-gcloud-auth-plugin や kubelogin など）に切り替えてください。</translation>
        </message>
        <message>
            <source>The %1 file %2 of context “%3” cannot be read (%4).</source>
            <translation>コンテキスト「%3」の %1 ファイル %2 を読み込めません（%4）。</translation>
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
            <translation>そのようなファイルやフォルダーはありません。</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>開けません（%1）。</translation>
        </message>
        <message>
            <source>is larger than %1 MB; not scanned.</source>
            <translation>%1 MB を超えるためスキャンしません。</translation>
        </message>
        <message>
            <source>is a binary file, not YAML.</source>
            <translation>YAML ではなくバイナリファイルです。</translation>
        </message>
        <message>
            <source>not valid YAML: %1</source>
            <translation>YAML として正しくありません: %1</translation>
        </message>
        <message>
            <source>is empty: nothing to scan.</source>
            <translation>は空です。スキャンする内容がありません。</translation>
        </message>
        <message>
            <source>is not UTF-8 text.</source>
            <translation>は UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <source>unexpected structure: %1</source>
            <translation>想定外の構造です: %1</translation>
        </message>
        <message>
            <source>no metadata: the object has no name.</source>
            <translation>metadata がありません。オブジェクトの名前は不明です。</translation>
        </message>
        <message>
            <source>“metadata” on line %1 is not a mapping: the object has no name.</source>
            <translation>%1 行目の「metadata」がマッピングではありません。オブジェクトの名前は不明です。</translation>
        </message>
        <message>
            <source>“metadata.%1” on line %2 is not a single value (an unrendered template?): it is left empty.</source>
            <translation>%2 行目の「metadata.%1」が単一の値ではありません（未展開のテンプレート？）。空のままにします。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>PACKAGE</source>
            <translation>パッケージ</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>NEEDS</source>
            <translation>依存先</translation>
        </message>
        <message>
            <source>missing: %1 (%2) needs %3: %4</source>
            <translation>不足: %1（%2）は %3 が必要です: %4</translation>
        </message>
        <message>
            <source>blocked: %1 (%2): %3</source>
            <translation>ブロック: %1（%2）: %3</translation>
        </message>
        <message>
            <source>cycle: %1</source>
            <translation>循環: %1</translation>
        </message>
        <message>
            <source>Snapshot files and folders of OLM bundles.</source>
            <translation>スナップショットファイルと OLM バンドルのフォルダー。</translation>
        </message>
        <message>
            <source>Check operators against Kubernetes minor VERSION (e.g. 1.30).</source>
            <translation>オペレーターを Kubernetes のマイナーバージョン VERSION（例: 1.30）に照らして確認します。</translation>
        </message>
        <message>
            <source>give at least one snapshot or bundle folder.</source>
            <translation>スナップショットかバンドルフォルダーを一つ以上指定してください。</translation>
        </message>
        <message>
            <source>--target: “%1” is not a minor such as 1.30.</source>
            <translation>--target:「%1」は 1.30 のようなマイナーバージョンではありません。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanCommand</name>
        <message>
            <source>The Kubernetes minor to reach, e.g. 1.34.</source>
            <translation>目標とする Kubernetes のマイナーバージョン（例: 1.34）。</translation>
        </message>
        <message>
            <source>in-place (default) or blue-green.</source>
            <translation>in-place（既定）または blue-green。</translation>
        </message>
        <message>
            <source>Blue/green: the new cluster's snapshot, to compare API surfaces.</source>
            <translation>ブルーグリーン時の新クラスターのスナップショット（API の提供状況を比較します）。</translation>
        </message>
        <message>
            <source>Language of the runbook: ja or en (default en).</source>
            <translation>手順書の言語: ja または en（既定は en）。</translation>
        </message>
        <message>
            <source>Show the waivers of the workspace FILE.</source>
            <translation>ワークスペース FILE の許容事項を記載します。</translation>
        </message>
        <message>
            <source>Write the runbook to FILE (.pdf, .html or .md).</source>
            <translation>手順書を FILE（.pdf・.html・.md）に書き出します。</translation>
        </message>
        <message>
            <source>-o “%1”: the file name must end in .pdf, .html or .md.</source>
            <translation>-o「%1」: ファイル名は .pdf・.html・.md のいずれかで終わる必要があります。</translation>
        </message>
        <message>
            <source>--target needs a minor such as 1.34.</source>
            <translation>--target には 1.34 のようなマイナーバージョンを指定してください。</translation>
        </message>
        <message>
            <source>--strategy “%1” is not in-place or blue-green.</source>
            <translation>--strategy「%1」は in-place でも blue-green でもありません。</translation>
        </message>
        <message>
            <source>--lang “%1” is not ja or en.</source>
            <translation>--lang「%1」は ja でも en でもありません。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>Runbook written to %1</source>
            <translation>手順書を %1 に書き出しました</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 → %3, %n hop(s); open blockers: %4</source>
            <translation>
                <numerusform>%1: %2 → %3、%n 段階、未解決の阻害要因 %4 件</numerusform>
            </translation>
        </message>
        <message>
            <source>-o FILE.pdf|.html|.md or --format json is required.</source>
            <translation>-o FILE.pdf|.html|.md か --format json が必要です。</translation>
        </message>
        <message>
            <source>The clusters to plan: snapshot files or folders (several clusters: a fleet plan).</source>
            <translation>計画するクラスターのスナップショットファイルまたはフォルダー（複数のクラスターならフリート全体の計画）。</translation>
        </message>
        <message>
            <source>A folder of OLM bundles: the operators' next releases, whose CRDs may stop serving a stored version (repeatable).</source>
            <translation>OLM バンドルのフォルダー: オペレーターの次のリリース。その CRD が保存済みバージョンを提供しなくなることがあります(複数指定可)。</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <source>The fleet schedule upgrades at most N clusters of one tier at the same time (default: the workspace's upgradesAtOnce, else %1).</source>
            <translation>フリートのスケジュールで、同じ段階のクラスターを同時に最大 N 個更新します（既定: ワークスペースの upgradesAtOnce、なければ %1）。</translation>
        </message>
        <message>
            <source>--at-once “%1” is not a number from 1 to %2.</source>
            <translation>--at-once「%1」は 1 から %2 までの数ではありません。</translation>
        </message>
    </context>
    <context>
        <name>ReleaseCalendar</name>
        <message>
            <source>The release catalog</source>
            <translation>リリースカタログ</translation>
        </message>
        <message>
            <source>“%1” is not a minor version such as 1.29.</source>
            <translation>「%1」は 1.29 のようなマイナーバージョンではありません。</translation>
        </message>
        <message>
            <source>the catalog lists no releases.</source>
            <translation>カタログにリリースが一つもありません。</translation>
        </message>
    </context>
    <context>
        <name>Runbook</name>
        <message>
            <source>Blue/green: build a new cluster and switch to it</source>
            <translation>ブルーグリーン（新クラスターを構築して切り替え）</translation>
        </message>
        <message>
            <source>In place, one minor at a time</source>
            <translation>インプレース（1 マイナーずつ）</translation>
        </message>
        <message>
            <source>Kubernetes (kubeadm or self-managed)</source>
            <translation>Kubernetes（kubeadm などの自己管理）</translation>
        </message>
        <message>
            <source>GO: nothing blocks the route</source>
            <translation>GO: 経路上に阻害要因はありません</translation>
        </message>
        <message numerus="yes">
            <source>NO-GO: %n open blocker(s)</source>
            <translation>
                <numerusform>NO-GO: 未解決の阻害要因が %n 件あります</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n accepted by waiver)</source>
            <translation>
                <numerusform>（うち %n 件は許容済み）</numerusform>
            </translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>プラットフォーム</translation>
        </message>
        <message>
            <source>Current version</source>
            <translation>現在のバージョン</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標バージョン</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>snapshot collected %1</source>
            <translation>%1 に取得したスナップショット</translation>
        </message>
        <message>
            <source>Support of the current minor ends</source>
            <translation>現行マイナーのサポート終了日</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>新クラスター</translation>
        </message>
        <message>
            <source>Go/no-go</source>
            <translation>実施可否の判定</translation>
        </message>
        <message>
            <source>Remove it: the API has no replacement.</source>
            <translation>削除してください（後継 API はありません）。</translation>
        </message>
        <message>
            <source>Rewrite it as %1.</source>
            <translation>%1 に書き換えてください。</translation>
        </message>
        <message>
            <source>Waived: %1 (%2)</source>
            <translation>許容済み: %1（%2）</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未解決</translation>
        </message>
        <message>
            <source>%1 %2 uses %3, removed in %4</source>
            <translation>%1 %2 が %3 を使用（%4 で削除）</translation>
        </message>
        <message>
            <source>Upgrade the operator to a version that allows the target, or remove it, before this hop.</source>
            <translation>この段階の前に、目標バージョンに対応した版へオペレーターを更新するか、削除してください。</translation>
        </message>
        <message>
            <source>Not served by the new cluster: %1</source>
            <translation>新クラスターで提供されない API: %1</translation>
        </message>
        <message>
            <source>Convert the manifest before it is re-applied or restored.</source>
            <translation>再適用・リストアの前にマニフェストを変換してください。</translation>
        </message>
        <message>
            <source>No blocker was found in the evidence of the snapshot.</source>
            <translation>スナップショットの根拠からは阻害要因は見つかりませんでした。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Hop</source>
            <translation>段階</translation>
        </message>
        <message>
            <source>Blocker</source>
            <translation>阻害要因</translation>
        </message>
        <message>
            <source>Required action</source>
            <translation>必要な対応</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>The version-skew policy also sets an order (handled in the steps below):</source>
            <translation>バージョンスキューポリシーにより、次の順序も守る必要があります（以下の手順に組み込み済み）:</translation>
        </message>
        <message>
            <source>Operator dependencies that are not met today:</source>
            <translation>現時点で満たされていないオペレーターの依存関係:</translation>
        </message>
        <message>
            <source>The snapshot could not see everything; blockers may hide there: %1</source>
            <translation>スナップショットで取得できなかった情報があり、そこに阻害要因が隠れている可能性があります: %1</translation>
        </message>
        <message>
            <source>Pre-checks</source>
            <translation>事前確認</translation>
        </message>
        <message>
            <source>Confirm the evidence is current</source>
            <translation>根拠が最新であることを確認する</translation>
        </message>
        <message>
            <source>This runbook is based on the snapshot of %1. Collect again and compare before the change window.</source>
            <translation>この手順書は %1 のスナップショットに基づいています。作業日の前に再取得し、差分を確認してください。</translation>
        </message>
        <message>
            <source>The new plan shows no blocker that this one does not.</source>
            <translation>新しい計画に、本書にない阻害要因が現れないこと。</translation>
        </message>
        <message>
            <source>Check that the cluster is healthy</source>
            <translation>クラスターが正常であることを確認する</translation>
        </message>
        <message>
            <source>Every node is Ready, no pod is failing, and no PodDisruptionBudget allows 0 disruptions (it would block draining).</source>
            <translation>すべてのノードが Ready で、異常な Pod がなく、許容中断数 0 の PodDisruptionBudget がないこと（あるとドレインが止まります）。</translation>
        </message>
        <message>
            <source>See what the platform offers</source>
            <translation>プラットフォームが提供するバージョンを確認する</translation>
        </message>
        <message>
            <source>%1 is offered as the next version.</source>
            <translation>次のバージョンとして %1 が提供されていること。</translation>
        </message>
        <message>
            <source>Check the operators</source>
            <translation>オペレーターを確認する</translation>
        </message>
        <message>
            <source>Every ClusterServiceVersion is Succeeded; no InstallPlan waits for approval unexpectedly.</source>
            <translation>すべての ClusterServiceVersion が Succeeded で、想定外に承認待ちの InstallPlan がないこと。</translation>
        </message>
        <message>
            <source>Find clients of deprecated APIs</source>
            <translation>非推奨 API を呼んでいるクライアントを探す</translation>
        </message>
        <message>
            <source>No request to an API that the route removes.</source>
            <translation>経路上で削除される API へのリクエストがないこと。</translation>
        </message>
        <message>
            <source>Move objects off the APIs that %1 removes</source>
            <translation>%1 で削除される API からオブジェクトを移行する</translation>
        </message>
        <message>
            <source>The scan finds nothing removed in %1; the objects are stored with the new version.</source>
            <translation>スキャンで %1 の削除対象が検出されず、オブジェクトが新しいバージョンで保存されていること。</translation>
        </message>
        <message>
            <source>Move the operators, dependencies first</source>
            <translation>オペレーターを依存先から順に更新する</translation>
        </message>
        <message>
            <source>Each operator's new CSV is Succeeded before the next one is approved.</source>
            <translation>次のオペレーターを承認する前に、新しい CSV が Succeeded になっていること。</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>作業手順</translation>
        </message>
        <message>
            <source>[%1] Upgrade node pool %2 first (kubelet %3)</source>
            <translation>[%1] 先にノードプール %2 を更新する（kubelet %3）</translation>
        </message>
        <message>
            <source>The pool's nodes report kubelet %1 and are Ready.</source>
            <translation>プール内のノードが kubelet %1 で Ready になっていること。</translation>
        </message>
        <message>
            <source>[%1] Back up before the control plane moves</source>
            <translation>[%1] コントロールプレーン更新前にバックアップを取得する</translation>
        </message>
        <message>
            <source>An etcd snapshot is the only way back from a failed control-plane upgrade.</source>
            <translation>コントロールプレーンの更新に失敗した場合、etcd スナップショットが唯一の戻し手段です。</translation>
        </message>
        <message>
            <source>The platform gives no etcd access: back the workloads up with Velero.</source>
            <translation>このプラットフォームでは etcd にアクセスできないため、Velero でワークロードをバックアップします。</translation>
        </message>
        <message>
            <source>The backup is complete and readable.</source>
            <translation>バックアップが完了し、読み出せること。</translation>
        </message>
        <message>
            <source>[%1] Upgrade the control plane</source>
            <translation>[%1] コントロールプレーンを更新する</translation>
        </message>
        <message>
            <source>OpenShift %1 ships Kubernetes %2.</source>
            <translation>OpenShift %1 には Kubernetes %2 が含まれます。</translation>
        </message>
        <message>
            <source>kubectl version reports server %1.</source>
            <translation>kubectl version のサーバーバージョンが %1 であること。</translation>
        </message>
        <message>
            <source>kubeadm %1 ships etcd %2 and CoreDNS %3.</source>
            <translation>kubeadm %1 に同梱されるのは etcd %2 と CoreDNS %3 です。</translation>
        </message>
        <message>
            <source>[%1] Bring the add-ons along</source>
            <translation>[%1] アドオンを追従させる</translation>
        </message>
        <message>
            <source>The add-ons run the versions made for %1.</source>
            <translation>アドオンが %1 向けのバージョンで動いていること。</translation>
        </message>
        <message>
            <source>Upgrade node pool %1 to %2</source>
            <translation>ノードプール %1 を %2 に更新する</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s), kubelet %1 today; drain them one at a time.</source>
            <translation>
                <numerusform>現在 %n 台、kubelet %1。1 台ずつドレインしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Every node of the pool reports kubelet %1 and is Ready.</source>
            <translation>プール内の全ノードが kubelet %1 で Ready になっていること。</translation>
        </message>
        <message>
            <source>Build the new cluster at %1</source>
            <translation>%1 の新クラスターを構築する</translation>
        </message>
        <message>
            <source>kubectl version against the new cluster reports server %1.</source>
            <translation>新クラスターに対する kubectl version のサーバーバージョンが %1 であること。</translation>
        </message>
        <message>
            <source>Install the operators on the new cluster, dependencies first</source>
            <translation>新クラスターにオペレーターを依存先から順に導入する</translation>
        </message>
        <message>
            <source>Every operator is Succeeded.</source>
            <translation>すべてのオペレーターが Succeeded であること。</translation>
        </message>
        <message>
            <source>Back up the old cluster with Velero</source>
            <translation>旧クラスターを Velero でバックアップする</translation>
        </message>
        <message>
            <source>The backup is Completed, with no errors.</source>
            <translation>バックアップが Completed で、エラーがないこと。</translation>
        </message>
        <message>
            <source>Convert the manifests to the APIs of %1</source>
            <translation>マニフェストを %1 の API に変換する</translation>
        </message>
        <message>
            <source>The scan finds nothing removed in %1.</source>
            <translation>スキャンで %1 の削除対象が検出されないこと。</translation>
        </message>
        <message>
            <source>Restore into the new cluster</source>
            <translation>新クラスターへリストアする</translation>
        </message>
        <message>
            <source>Velero restores each object in the API version the old cluster preferred. Objects whose version the new cluster no longer serves fail to restore: re-apply them from the converted manifests instead (or back up with the EnableAPIGroupVersions feature).</source>
            <translation>Velero は旧クラスターの優先 API バージョンでオブジェクトを復元します。新クラスターが提供しないバージョンのオブジェクトは復元に失敗するため、変換済みマニフェストから再適用してください（または EnableAPIGroupVersions 機能を有効にしてバックアップします）。</translation>
        </message>
        <message>
            <source>The restore is Completed; the warnings name only objects re-applied by hand.</source>
            <translation>リストアが Completed で、警告は手動で再適用したオブジェクトのみであること。</translation>
        </message>
        <message>
            <source>Verify the new cluster</source>
            <translation>新クラスターを検証する</translation>
        </message>
        <message>
            <source>Workloads are Running, volumes Bound, smoke tests pass.</source>
            <translation>ワークロードが Running、ボリュームが Bound で、スモークテストに合格すること。</translation>
        </message>
        <message>
            <source>Switch the traffic</source>
            <translation>トラフィックを切り替える</translation>
        </message>
        <message>
            <source>Lower the DNS TTL a day ahead; move traffic by weighted DNS records or the load balancer's target groups, a small share first.</source>
            <translation>前日までに DNS の TTL を下げておき、重み付き DNS レコードまたはロードバランサーのターゲットグループで、少量ずつ移します。</translation>
        </message>
        <message>
            <source>Error rates and latency on the new cluster match the old one.</source>
            <translation>新クラスターのエラー率とレイテンシーが旧クラスターと同等であること。</translation>
        </message>
        <message>
            <source>Keep the old cluster for rollback</source>
            <translation>切り戻しに備えて旧クラスターを残す</translation>
        </message>
        <message>
            <source>Scale nothing down yet; keep it untouched until the agreed observation period ends.</source>
            <translation>まだ何も縮退させず、合意した経過観察期間が終わるまで手を付けないでください。</translation>
        </message>
        <message>
            <source>Decommission the old cluster</source>
            <translation>旧クラスターを廃止する</translation>
        </message>
        <message>
            <source>After the observation period: remove DNS records, delete the cluster, keep the last Velero backup.</source>
            <translation>経過観察期間の後、DNS レコードを削除してクラスターを廃止します。最後の Velero バックアップは保管します。</translation>
        </message>
        <message>
            <source>Post-checks</source>
            <translation>事後確認</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Server and every kubelet at %1.</source>
            <translation>サーバーとすべての kubelet が %1 であること。</translation>
        </message>
        <message>
            <source>Workloads and operators</source>
            <translation>ワークロードとオペレーター</translation>
        </message>
        <message>
            <source>Nothing crash-looping; every CSV Succeeded.</source>
            <translation>CrashLoop している Pod がなく、すべての CSV が Succeeded であること。</translation>
        </message>
        <message>
            <source>Deprecated API requests</source>
            <translation>非推奨 API へのリクエスト</translation>
        </message>
        <message>
            <source>No request to an API removed in %1.</source>
            <translation>%1 で削除された API へのリクエストがないこと。</translation>
        </message>
        <message>
            <source>Record the new state</source>
            <translation>更新後の状態を記録する</translation>
        </message>
        <message>
            <source>The fleet view shows the cluster at %1 and its debt has gone down.</source>
            <translation>フリート画面でクラスターが %1 と表示され、技術的負債のスコアが下がっていること。</translation>
        </message>
        <message>
            <source>Rollback</source>
            <translation>切り戻し</translation>
        </message>
        <message>
            <source>Until the old cluster is decommissioned, rolling back is switching the traffic back to it.</source>
            <translation>旧クラスターを廃止するまでは、トラフィックを旧クラスターへ戻すことで切り戻せます。</translation>
        </message>
        <message>
            <source>Data written on the new cluster after the switch must be copied back, or it is lost: agree on this before switching.</source>
            <translation>切り替え後に新クラスターへ書き込まれたデータは、戻さなければ失われます。扱いを切り替え前に合意してください。</translation>
        </message>
        <message>
            <source>Kubernetes does not downgrade a control plane: a failed hop is undone only by restoring the backup taken just before it.</source>
            <translation>Kubernetes のコントロールプレーンはダウングレードできません。失敗した段階は、直前に取得したバックアップからの復元でのみ元に戻せます。</translation>
        </message>
        <message>
            <source>Restore the etcd snapshot of that hop on every control-plane node (etcdutl snapshot restore), then restart the control plane at the previous version.</source>
            <translation>すべてのコントロールプレーンノードでその段階の etcd スナップショットを復元し（etcdutl snapshot restore）、旧バージョンのコントロールプレーンを再起動します。</translation>
        </message>
        <message>
            <source>On %1 the control plane cannot be moved back at all. The way back is a new cluster at the old version, restored from the Velero backup.</source>
            <translation>%1 ではコントロールプレーンを元に戻す手段がありません。旧バージョンで新しいクラスターを作り、Velero のバックアップから復元するのが唯一の戻し方です。</translation>
        </message>
        <message>
            <source>Node pools can be rolled back while the control plane still allows their version: recreate them at the old version and drain the new nodes.</source>
            <translation>ノードプールは、コントロールプレーンが許す範囲のバージョンであれば戻せます。旧バージョンで作り直し、新しいノードをドレインしてください。</translation>
        </message>
        <message>
            <source>Operators cannot be downgraded by OLM: keep the old CSV's manifests and the backup of their custom resources.</source>
            <translation>OLM ではオペレーターをダウングレードできません。旧 CSV のマニフェストとカスタムリソースのバックアップを保管してください。</translation>
        </message>
        <message>
            <source>Accepted waivers</source>
            <translation>許容事項</translation>
        </message>
        <message>
            <source>No waiver is recorded for this cluster.</source>
            <translation>このクラスターに記録された許容事項はありません。</translation>
        </message>
        <message>
            <source>until the cluster reaches %1</source>
            <translation>クラスターが %1 に達するまで</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>指摘事項</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>責任者</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Reviewed by (platform team)</source>
            <translation>レビュー（基盤チーム）</translation>
        </message>
        <message>
            <source>Approved by (service owner)</source>
            <translation>承認（サービスオーナー）</translation>
        </message>
        <message>
            <source>Change window</source>
            <translation>作業日時</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目次</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message>
            <source>Upgrade runbook: %1 %2 → %3</source>
            <translation>アップグレード手順書: %1（%2 → %3）</translation>
        </message>
        <message numerus="yes">
            <source>Fleet upgrade plan: %n cluster(s)</source>
            <translation>
                <numerusform>フリートアップグレード計画（%n クラスター）</numerusform>
            </translation>
        </message>
        <message>
            <source>Prepared %1</source>
            <translation>作成日 %1</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>クラスター数</translation>
        </message>
        <message>
            <source>Open blockers</source>
            <translation>未解決の阻害要因</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>スケジュール</translation>
        </message>
        <message>
            <source>Development first, then staging, then production; each cluster finishes before its support ends and soaks for 14 days before the next tier starts.</source>
            <translation>開発、ステージング、本番の順に進めます。各クラスターはサポート終了前に完了させ、次の環境に進む前に 14 日間の様子見期間を置きます。</translation>
        </message>
        <message>
            <source>development</source>
            <translation>開発</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>ステージング</translation>
        </message>
        <message>
            <source>production</source>
            <translation>本番</translation>
        </message>
        <message>
            <source>blue/green</source>
            <translation>ブルーグリーン</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>インプレース</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1（遅延）</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>環境</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>所要日数</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>サポート終了</translation>
        </message>
        <message>
            <source>Start by</source>
            <translation>開始期限</translation>
        </message>
        <message>
            <source>Finish by</source>
            <translation>完了期限</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Clients still request %1 in %2, removed in %3</source>
            <translation>クライアントが %2 の %1 をまだ要求しています（%3 で削除）</translation>
        </message>
        <message>
            <source>%1 needs Kubernetes %2 or later (minKubeVersion); the target is %3.</source>
            <translation>%1 は Kubernetes %2 以上が必要です（minKubeVersion）。目標は %3 です。</translation>
        </message>
        <message>
            <source>%1 supports OpenShift up to %2 (olm.maxOpenShiftVersion); this hop goes to %3.</source>
            <translation>%1 が対応するのは OpenShift %2 までです（olm.maxOpenShiftVersion）。この段階で %3 になります。</translation>
        </message>
        <message>
            <source>Before %1: upgrade %2 %3 on %4; against kube-apiserver %1 it would fall outside the version-skew policy.</source>
            <translation>%1 への更新前に、%4 の %2 %3 を更新してください。kube-apiserver %1 に対してバージョンスキューポリシーの範囲外になります。</translation>
        </message>
        <message>
            <source>%1 needs %2; no installed operator satisfies it.</source>
            <translation>%1 が必要とする %2 を満たすオペレーターが導入されていません。</translation>
        </message>
        <message>
            <source>The new cluster runs on %1, the old one on %2: the commands below are the new platform's. Storage classes, load balancers, identities and network policies differ between platforms and must be mapped by hand.</source>
            <translation>新しいクラスターは %1、旧クラスターは %2 で動いています。以下のコマンドは新しいプラットフォームのものです。ストレージクラス、ロードバランサー、ID、ネットワークポリシーはプラットフォームごとに異なるため、手作業で対応付けてください。</translation>
        </message>
        <message>
            <source>The new cluster runs Kubernetes %1, so the plan goes to %1 rather than the target chosen.</source>
            <translation>新しいクラスターは Kubernetes %1 で動いているため、この計画は選択したターゲットではなく %1 に移行します。</translation>
        </message>
        <message>
            <source>Against kube-apiserver %1, %2 would fall outside the version-skew policy.</source>
            <translation>kube-apiserver %1 に対して、%2 はバージョンスキューポリシーの範囲外になります。</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>ワークロード</translation>
        </message>
        <message>
            <source>Nothing crash-looping.</source>
            <translation>クラッシュループしているものがないこと。</translation>
        </message>
        <message>
            <source>%1 is late: support ends %2 and it can no longer start early enough.</source>
            <translation>%1 は遅れています。サポートは %2 に終了し、間に合う時期にはもう開始できません。</translation>
        </message>
        <message>
            <source>%1 is late: it waits for a release and cannot finish before support ends %2.</source>
            <translation>%1 は遅れています。リリースを待つため、サポート終了日 %2 までに完了できません。</translation>
        </message>
        <message>
            <source>%1 waits for a minor projected for %2 (not announced yet).</source>
            <translation>%1 は %2 に予測されるマイナーリリース（未発表）を待ちます。</translation>
        </message>
        <message>
            <source>%1 waits for a minor released %2.</source>
            <translation>%1 は %2 にリリースされるマイナーバージョンを待ちます。</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>許容者（日付）</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>; changed by %1 on %2</source>
            <translation>、%2 に %1 が変更</translation>
        </message>
        <message>
            <source>standard support</source>
            <translation>標準サポート</translation>
        </message>
        <message>
            <source>extended support</source>
            <translation>延長サポート</translation>
        </message>
        <message>
            <source>maintenance support</source>
            <translation>メンテナンスサポート</translation>
        </message>
        <message>
            <source>end of life</source>
            <translation>サポート終了</translation>
        </message>
        <message>
            <source>unknown (%1): no source states the price; enter your contract's price in the workspace</source>
            <translation>不明（%1）: 価格を示す情報源がありません。契約価格をワークスペースに入力してください</translation>
        </message>
        <message>
            <source>%1 a month (%2)</source>
            <translation>月額 %1（%2）</translation>
        </message>
        <message>
            <source>; your contract's price</source>
            <translation>、自社の契約価格</translation>
        </message>
        <message>
            <source>; a third-party figure, not the vendor's (%1)</source>
            <translation>、ベンダーではなく第三者による数値（%1）</translation>
        </message>
        <message>
            <source>; source: %1</source>
            <translation>、出典: %1</translation>
        </message>
        <message>
            <source>Support fee today</source>
            <translation>現在のサポート料金</translation>
        </message>
        <message>
            <source>Fee from %1</source>
            <translation>%1 からの料金</translation>
        </message>
        <message>
            <source>no statement found about forced upgrades by %1 (%2)</source>
            <translation>%1 による強制アップグレードについての記述は見つかっていません（%2）</translation>
        </message>
        <message>
            <source>%1%2: %3 upgrades the control plane to %4; node pools stay where they are</source>
            <translation>%1%2: %3 がコントロールプレーンを %4 にアップグレードします。ノードプールはそのまま残ります</translation>
        </message>
        <message>
            <source> (projected)</source>
            <translation>（予測）</translation>
        </message>
        <message>
            <source>%1%2: %3 upgrades the control plane and the node pools to %4</source>
            <translation>%1%2: %3 がコントロールプレーンとノードプールを %4 にアップグレードします</translation>
        </message>
        <message>
            <source>Vendor's forced upgrade</source>
            <translation>ベンダーによる強制アップグレード</translation>
        </message>
        <message>
            <source>%1 upgrades the control plane to %2 on %3, before this plan is done; then: %4</source>
            <translation>この計画が終わる前の %3 に、%1 がコントロールプレーンを %2 にアップグレードします。そのとき: %4</translation>
        </message>
        <message>
            <source>nothing found breaks</source>
            <translation>壊れるものは見つかっていません</translation>
        </message>
        <message>
            <source>Finish the first hop before that day, or agree a postponement with the vendor where it allows one.</source>
            <translation>その日までに最初のホップを終えるか、ベンダーが認める場合は延期を取り決めてください。</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>リスク</translation>
        </message>
        <message>
            <source>, on %1 where the vendor has moved it</source>
            <translation>（ベンダーが移行させた %1 で）</translation>
        </message>
        <message>
            <source>%1 %2 on %3 falls outside the version-skew policy</source>
            <translation>%3 の %1 %2 はバージョンスキューポリシーの範囲外になります</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 ほか %n 台</numerusform>
            </translation>
        </message>
        <message>
            <source>helm release %1 revision %2</source>
            <translation>Helm リリース %1（リビジョン %2）</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>マニフェスト</translation>
        </message>
        <message>
            <source>last-applied</source>
            <translation>last-applied アノテーション</translation>
        </message>
        <message>
            <source>managed-fields</source>
            <translation>managedFields</translation>
        </message>
        <message>
            <source>API discovery</source>
            <translation>API ディスカバリー</translation>
        </message>
        <message>
            <source>%1 may upgrade the control plane to %2 at any time: its date, %3, has passed; then: %4</source>
            <translation>%1 はいつでもコントロールプレーンを %2 にアップグレードしうる状態です（期日 %3 は過ぎています）。そのとき: %4</translation>
        </message>
        <message>
            <source>Check the new cluster %1</source>
            <translation>新しいクラスター %1 を確認する</translation>
        </message>
        <message>
            <source>The new cluster exists already; this plan compared its API surface with the old one's.</source>
            <translation>新しいクラスターはすでに存在します。この計画は、その API の提供状況を旧クラスターと比較しました。</translation>
        </message>
        <message>
            <source>%1 %2 does not support Kubernetes %3</source>
            <translation>%1 %2 は Kubernetes %3 をサポートしていません</translation>
        </message>
        <message>
            <source>Helm release %1 (chart %2 %3) requires kubeVersion %4: Helm refuses it on %5</source>
            <translation>Helm リリース %1（チャート %2 %3）は kubeVersion %4 を要求します。%5 では Helm が拒否します</translation>
        </message>
        <message>
            <source>Upgrade it to a release that supports the target before this hop.</source>
            <translation>このホップの前に、ターゲットをサポートするリリースへアップグレードしてください。</translation>
        </message>
        <message>
            <source>Upgrade it to %1 or later before this hop.</source>
            <translation>このホップの前に %1 以降へアップグレードしてください。</translation>
        </message>
        <message>
            <source>[%1] Upgrade the add-ons that do not run on %2</source>
            <translation>[%1] %2 で動かないアドオンをアップグレードする</translation>
        </message>
        <message>
            <source>Each add-on runs a release that supports %1.</source>
            <translation>各アドオンが %1 をサポートするリリースで動いていること。</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>CRD manifest of bundle %1</source>
            <translation>バンドル %1 の CRD マニフェスト</translation>
        </message>
        <message>
            <source>owned CRDs of %1</source>
            <translation>%1 の所有 CRD</translation>
        </message>
        <message>
            <source>deprecated-API catalog</source>
            <translation>非推奨 API カタログ</translation>
        </message>
        <message>
            <source>CRD %1 still lists %2 in status.storedVersions; %3 no longer serves it (serves %4)</source>
            <translation>CRD %1 の status.storedVersions にまだ %2 があります。%3 はこれを提供しません(提供: %4)</translation>
        </message>
        <message>
            <source>Migrate the stored objects to a served version and remove %1 from status.storedVersions before this hop.</source>
            <translation>このホップの前に、保存済みオブジェクトを提供されるバージョンへ移行し、status.storedVersions から %1 を外してください。</translation>
        </message>
        <message>
            <source>ClusterVersion %1</source>
            <translation>ClusterVersion %1</translation>
        </message>
        <message>
            <source>OpenShift %1 is not offered to the cluster: the update graph of channel %2 has no update to it</source>
            <translation>OpenShift %1 はこのクラスターに提示されていません: チャネル %2 の更新グラフにそこへの更新がありません</translation>
        </message>
        <message>
            <source>Move to the newest z-stream the graph offers, then check oc adm upgrade again; never force an update the graph does not offer.</source>
            <translation>グラフが提示する最新の z ストリームへ更新してから、もう一度 oc adm upgrade を確認してください。グラフが提示しない更新を強制しないでください。</translation>
        </message>
        <message>
            <source>The update to %1 is not recommended (%2)</source>
            <translation>%1 への更新は推奨されていません(%2)</translation>
        </message>
        <message>
            <source>Find out why before updating.</source>
            <translation>更新の前に理由を確認してください。</translation>
        </message>
        <message>
            <source>The update to %1 has a known risk, %2: %3</source>
            <translation>%1 への更新には既知のリスク %2 があります: %3</translation>
        </message>
        <message>
            <source>Check whether the cluster is exposed (%1); update with --allow-not-recommended only when it is not, else wait for a release that fixes it.</source>
            <translation>クラスターが該当するか確認してください(%1)。該当しない場合に限り --allow-not-recommended で更新し、該当する場合は修正されたリリースを待ってください。</translation>
        </message>
        <message>
            <source>EUS to EUS, %1 → %3 in channel %4: only the control plane moves to %2; the worker machine config pools stay paused on %1 until the control plane reaches %3.</source>
            <translation>EUS から EUS へ(チャネル %4 で %1 → %3): %2 へ移るのはコントロールプレーンだけです。ワーカーのマシン構成プールはコントロールプレーンが %3 に達するまで %1 のまま一時停止します。</translation>
        </message>
        <message>
            <source>The cluster's channel does not offer OpenShift %1 yet: switch to %2 and check the update graph again.</source>
            <translation>クラスターのチャネルはまだ OpenShift %1 を提示していません: %2 に切り替えてから、更新グラフをもう一度確認してください。</translation>
        </message>
        <message>
            <source>OpenShift's update graph (handled in the steps below):</source>
            <translation>OpenShift の更新グラフ(以下の手順で対応):</translation>
        </message>
        <message>
            <source>No version is served both today (%1) and by %2 (%3): first move to a release that serves both, make one of %3 the storage version, then migrate.</source>
            <translation>現在(%1)と %2(%3)の両方で提供されるバージョンがありません: まず両方を提供するリリースへ移り、%3 のいずれかを保存バージョンにしてから移行してください。</translation>
        </message>
        <message>
            <source>Rewrite every object so that it is stored at %1 (kube-storage-version-migrator does the same), then drop %2 from status.storedVersions.</source>
            <translation>すべてのオブジェクトを書き直して %1 で保存されるようにし(kube-storage-version-migrator でも同じことができます)、その後 status.storedVersions から %2 を外してください。</translation>
        </message>
        <message>
            <source>[%1] Migrate the stored objects of CRD %2 off %3</source>
            <translation>[%1] CRD %2 の保存済みオブジェクトを %3 から移行する</translation>
        </message>
        <message>
            <source>status.storedVersions of %1 no longer lists %2.</source>
            <translation>%1 の status.storedVersions に %2 がもうありません。</translation>
        </message>
        <message>
            <source>workers stay on %1</source>
            <translation>ワーカーは %1 のまま</translation>
        </message>
        <message>
            <source>or:</source>
            <translation>または:</translation>
        </message>
        <message>
            <source>first control-plane node</source>
            <translation>最初のコントロールプレーンノード</translation>
        </message>
        <message>
            <source>every other control-plane node</source>
            <translation>残りのコントロールプレーンノードそれぞれ</translation>
        </message>
        <message>
            <source>the Machine Config Operator rolls the nodes</source>
            <translation>Machine Config Operator がノードを順に更新</translation>
        </message>
        <message>
            <source>every ClusterOperator Available=True, Degraded=False</source>
            <translation>すべての ClusterOperator が Available=True, Degraded=False</translation>
        </message>
        <message>
            <source>release image of OpenShift %1</source>
            <translation>OpenShift %1 のリリースイメージ</translation>
        </message>
        <message>
            <source>or helm upgrade with the fixed chart</source>
            <translation>または修正したチャートで helm upgrade</translation>
        </message>
        <message>
            <source>rewrites each object at the storage version</source>
            <translation>各オブジェクトをストレージバージョンで書き直す</translation>
        </message>
        <message>
            <source>%1.z listed by oc adm upgrade</source>
            <translation>oc adm upgrade が示す %1.z</translation>
        </message>
    </context>
    <context>
        <name>RunbookWriter</name>
        <message>
            <source>the file name must end in .pdf, .html or .md</source>
            <translation>ファイル名は .pdf・.html・.md のいずれかで終わる必要があります</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>PDF の作成を開始できませんでした</translation>
        </message>
        <message>
            <source>could not be written completely (is the disk full?); the previous file is unchanged.</source>
            <translation>最後まで書き込めませんでした（ディスクの空き容量を確認してください）。以前のファイルはそのまま残っています。</translation>
        </message>
    </context>
    <context>
        <name>ScanCommand</name>
        <message>
            <source>The Kubernetes release to judge against, e.g. 1.25.</source>
            <translation>判定の基準にする Kubernetes リリース（例: 1.25）。</translation>
        </message>
        <message>
            <source>Exit 3 when a finding is at least this serious: removed or deprecated.</source>
            <translation>この重大度以上の検出があれば終了コード 3 で終わります: removed または deprecated。</translation>
        </message>
        <message>
            <source>Manifest files or folders, `helm template` output, or Kirikae snapshots.</source>
            <translation>マニフェストのファイルやフォルダー、`helm template` の出力、Kirikae のスナップショット。</translation>
        </message>
        <message>
            <source>name at least one file or folder to scan.</source>
            <translation>スキャンするファイルかフォルダーを一つ以上指定してください。</translation>
        </message>
        <message>
            <source>say which release to judge against with --target 1.N.</source>
            <translation>判定の基準にするリリースを --target 1.N で指定してください。</translation>
        </message>
        <message>
            <source>--target “%1” is not a release such as 1.29.</source>
            <translation>--target「%1」は 1.29 のようなリリースではありません。</translation>
        </message>
        <message>
            <source>--fail-on “%1” is not removed or deprecated.</source>
            <translation>--fail-on「%1」は removed でも deprecated でもありません。</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>OBJECT</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>API VERSION</source>
            <translation>API バージョン</translation>
        </message>
        <message>
            <source>REPLACEMENT</source>
            <translation>移行先</translation>
        </message>
        <message>
            <source>REMOVED IN</source>
            <translation>削除リリース</translation>
        </message>
        <message>
            <source>WHERE</source>
            <translation>場所</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>検出 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> in %n document(s)</source>
            <translation>
                <numerusform>（ドキュメント %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> of %n file(s), judged against Kubernetes %1.</source>
            <translation>
                <numerusform>、ファイル %n 件、Kubernetes %1 基準）。</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告: %1</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <extracomment>An object whose name is not known (no metadata, or an unrendered template)</extracomment>
            <translation>（名前なし）</translation>
        </message>
        <message numerus="yes">
            <source> (%n skipped: not Kubernetes objects)</source>
            <translation>
                <numerusform>、うち Kubernetes オブジェクトでないため対象外 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>%1: cannot be created.</source>
            <translation>%1 を作成できません。</translation>
        </message>
        <message>
            <source>%1: cannot be written.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
    </context>
    <context>
        <name>SkewPolicy</name>
        <message>
            <source>kube-apiserver %1 (newest)</source>
            <translation>kube-apiserver %1（最新）</translation>
        </message>
        <message>
            <source>In a highly available control plane, the newest and oldest kube-apiserver must be within one minor.</source>
            <translation>高可用構成のコントロールプレーンでは、最新と最古の kube-apiserver の差は 1 マイナー以内でなければなりません。</translation>
        </message>
        <message>
            <source>kube-apiserver %1 (oldest)</source>
            <translation>kube-apiserver %1（最古）</translation>
        </message>
        <message>
            <source>kubelet must not be newer than kube-apiserver and may be up to three minors older.</source>
            <translation>kubelet は kube-apiserver より新しくてはならず、古い場合も 3 マイナーまでです。</translation>
        </message>
        <message>
            <source>kubelet older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</source>
            <translation>1.25 より古い kubelet は kube-apiserver より新しくてはならず、古い場合も 2 マイナーまでです。</translation>
        </message>
        <message>
            <source>kube-apiserver %1</source>
            <translation>kube-apiserver %1</translation>
        </message>
        <message>
            <source>kube-apiserver %1 to %2</source>
            <translation>kube-apiserver %1〜%2</translation>
        </message>
        <message>
            <source>%1 must not be newer than the oldest kube-apiserver and at most one minor older than the newest.</source>
            <translation>%1 は最古の kube-apiserver より新しくてはならず、最新の kube-apiserver より古い場合も 1 マイナーまでです。</translation>
        </message>
        <message>
            <source>kubelet %1 on the same node</source>
            <translation>同じノードの kubelet %1</translation>
        </message>
        <message>
            <source>kube-proxy must be within three minors of the kubelet on its node.</source>
            <translation>kube-proxy は同じノードの kubelet と 3 マイナー以内でなければなりません。</translation>
        </message>
        <message>
            <source>kube-proxy older than 1.25 must not be newer than kube-apiserver and may be up to two minors older.</source>
            <translation>1.25 より古い kube-proxy は kube-apiserver より新しくてはならず、古い場合も 2 マイナーまでです。</translation>
        </message>
        <message>
            <source>kube-proxy must not be newer than kube-apiserver and may be up to three minors older.</source>
            <translation>kube-proxy は kube-apiserver より新しくてはならず、古い場合も 3 マイナーまでです。</translation>
        </message>
    </context>
    <context>
        <name>SnapshotFile</name>
        <message>
            <source>An object reference</source>
            <translation>オブジェクト参照</translation>
        </message>
        <message>
            <source>A node</source>
            <translation>ノード</translation>
        </message>
        <message>
            <source>“labels” must be a mapping.</source>
            <translation>「labels」はキーと値のマッピングでなければなりません。</translation>
        </message>
        <message>
            <source>A component</source>
            <translation>コンポーネント</translation>
        </message>
        <message>
            <source>“%1” is not a component kind (control-plane or addon).</source>
            <translation>「%1」はコンポーネントの種類（control-plane または addon）ではありません。</translation>
        </message>
        <message>
            <source>A deprecated API request</source>
            <translation>非推奨 API のリクエスト</translation>
        </message>
        <message>
            <source>A Helm release</source>
            <translation>Helm リリース</translation>
        </message>
        <message>
            <source>A custom resource definition</source>
            <translation>カスタムリソース定義</translation>
        </message>
        <message>
            <source>A ClusterServiceVersion</source>
            <translation>ClusterServiceVersion</translation>
        </message>
        <message>
            <source>A Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <source>A snapshot</source>
            <translation>スナップショット</translation>
        </message>
        <message>
            <source>this is not a Kirikae snapshot (the key “kirikaeSnapshot” is missing).</source>
            <translation>Kirikae のスナップショットではありません（キー「kirikaeSnapshot」がありません）。</translation>
        </message>
        <message>
            <source>the snapshot was written by a newer Kirikae (schema %1; this version reads up to %2).</source>
            <translation>より新しい Kirikae で書かれたスナップショットです（スキーマ %1。このバージョンが読めるのは %2 まで）。</translation>
        </message>
        <message>
            <source>“%1” is not a snapshot schema version.</source>
            <translation>「%1」はスナップショットのスキーマバージョンではありません。</translation>
        </message>
        <message>
            <source>“evidence”</source>
            <translation>「evidence」</translation>
        </message>
        <message>
            <source>“olm”</source>
            <translation>「olm」</translation>
        </message>
        <message>
            <source>“openshift”</source>
            <translation>「openshift」</translation>
        </message>
        <message>
            <source>A collection error</source>
            <translation>収集エラー</translation>
        </message>
        <message>
            <source>unexpected structure: %1</source>
            <translation>想定外の構造です: %1</translation>
        </message>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>開けません（%1）。</translation>
        </message>
        <message>
            <source>is larger than %1 MB and is not read as a snapshot.</source>
            <translation>%1 MB を超えるため、スナップショットとして読み込みません。</translation>
        </message>
        <message>
            <source>cannot be written (%1).</source>
            <translation>書き込めません（%1）。</translation>
        </message>
        <message>
            <source>An operator dependency</source>
            <translation>オペレーターの依存関係</translation>
        </message>
        <message>
            <source>unknown dependency type “%1” (package, gvk, all, any, not or cel)</source>
            <translation>不明な依存関係の種類「%1」です（package・gvk・all・any・not・cel のいずれか）</translation>
        </message>
        <message>
            <source>An update risk</source>
            <translation>更新のリスク</translation>
        </message>
        <message>
            <source>A conditional update</source>
            <translation>条件付き更新</translation>
        </message>
    </context>
    <context>
        <name>UpgradePlanner</name>
        <message>
            <source>%1: the server version cannot be read: %2</source>
            <translation>%1: サーバーバージョンを読み取れません: %2</translation>
        </message>
        <message>
            <source>%1 runs Kubernetes %2; the target %3 is lower (downgrades are not supported by Kubernetes).</source>
            <translation>%1 は Kubernetes %2 で動いており、目標の %3 はそれより古いバージョンです（Kubernetes はダウングレードに対応していません）。</translation>
        </message>
        <message>
            <source>Kubernetes %1 is not in the release catalog.</source>
            <translation>Kubernetes %1 はリリースカタログにありません。</translation>
        </message>
    </context>
    <context>
        <name>VendorCalendar</name>
        <message>
            <source>The vendor catalog</source>
            <translation>ベンダーカタログ</translation>
        </message>
        <message>
            <source>“vendors”</source>
            <translation>「vendors」</translation>
        </message>
        <message>
            <source>A vendor</source>
            <translation>ベンダーの項目</translation>
        </message>
        <message>
            <source>“%1” is not a version such as 1.29.</source>
            <translation>「%1」は 1.29 のようなバージョンではありません。</translation>
        </message>
    </context>
    <context>
        <name>Version</name>
        <message>
            <source>The version is empty.</source>
            <translation>バージョンが空です。</translation>
        </message>
        <message>
            <source>The version is too long to be a Kubernetes version.</source>
            <translation>Kubernetes のバージョンとしては長すぎます。</translation>
        </message>
        <message>
            <source>“%1” is not a Kubernetes version (expected a form such as v1.29.3, 1.29 or v1.27.16-eks-a18cd3a).</source>
            <translation>「%1」は Kubernetes のバージョンではありません（v1.29.3、1.29、v1.27.16-eks-a18cd3a のような形式が必要です）。</translation>
        </message>
    </context>
    <context>
        <name>VersionRange</name>
        <message>
            <source>“%1” is not a semantic version</source>
            <translation>「%1」はセマンティックバージョンではありません</translation>
        </message>
        <message>
            <source>an empty part between “||”</source>
            <translation>「||」の間が空です</translation>
        </message>
    </context>
    <context>
        <name>VersionsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>DISTRIBUTION</source>
            <translation>ディストリビューション</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>SUPPORT</source>
            <translation>サポート</translation>
        </message>
        <message>
            <source>END OF SUPPORT</source>
            <translation>サポート終了日</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>残り日数</translation>
        </message>
        <message>
            <source>MINORS BEHIND</source>
            <translation>遅れ（マイナー）</translation>
        </message>
        <message>
            <source>LATEST PATCH</source>
            <translation>最新パッチ</translation>
        </message>
        <message>
            <source>Snapshot files, or folders of snapshots, to report on.</source>
            <translation>対象のスナップショットファイル、またはスナップショットのフォルダー。</translation>
        </message>
        <message>
            <source>JSON: also judge each add-on at Kubernetes minor 1.N (atTarget).</source>
            <translation>JSON: 各アドオンを Kubernetes マイナー 1.N でも判定します(atTarget)。</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>cannot be opened (%1).</source>
            <translation>開けません（%1）。</translation>
        </message>
        <message>
            <source>A workspace</source>
            <translation>ワークスペース</translation>
        </message>
        <message>
            <source>this is not a Kirikae workspace (the key “kirikaeWorkspace” is missing).</source>
            <translation>Kirikae のワークスペースではありません（キー「kirikaeWorkspace」がありません）。</translation>
        </message>
        <message>
            <source>workspace schema %1 is not one this version reads (1 to %2).</source>
            <translation>ワークスペースのスキーマ %1 はこのバージョンでは読めません（読めるのは 1〜%2）。</translation>
        </message>
        <message>
            <source>cannot be saved (%1).</source>
            <translation>保存できません（%1）。</translation>
        </message>
        <message>
            <source>A waiver</source>
            <translation>例外承認</translation>
        </message>
        <message>
            <source>“%1” is not a minor version such as 1.29.</source>
            <translation>「%1」は 1.29 のようなマイナーバージョンではありません。</translation>
        </message>
        <message>
            <source>a waiver needs an end: “expires” or “untilMinor”.</source>
            <translation>例外承認には期限（「expires」か「untilMinor」）が必要です。</translation>
        </message>
        <message>
            <source>is larger than 16 MB: not a workspace.</source>
            <translation>は 16 MB を超えています。ワークスペースではありません。</translation>
        </message>
        <message>
            <source>A waiver's history entry</source>
            <translation>例外承認の履歴</translation>
        </message>
        <message>
            <source>“%1” is not a waiver change (edited or removed).</source>
            <translation>「%1」は例外承認の変更種別（edited か removed）ではありません。</translation>
        </message>
        <message>
            <source>A price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>A price needs an “amount” that is a number.</source>
            <translation>価格には数値の「amount」が必要です。</translation>
        </message>
        <message>
            <source>“unit: %1” is not cluster-month or cluster-hour.</source>
            <translation>「unit: %1」は cluster-month でも cluster-hour でもありません。</translation>
        </message>
        <message>
            <source>upgradesAtOnce must be a number from 1 to %1.</source>
            <translation>upgradesAtOnce は 1 から %1 までの数でなければなりません。</translation>
        </message>
    </context>
    <context>
        <name>YamlReader</name>
        <message>
            <source>“%1” must be a single value.</source>
            <translation>「%1」は単一の値でなければなりません。</translation>
        </message>
        <message>
            <source>not valid YAML: %1</source>
            <translation>YAML として正しくありません: %1</translation>
        </message>
        <message>
            <source>%1 must be a mapping of keys to values.</source>
            <translation>%1はキーと値のマッピングでなければなりません。</translation>
        </message>
        <message>
            <source>the required key “%1” is missing.</source>
            <translation>必須のキー「%1」がありません。</translation>
        </message>
        <message>
            <source>the required date “%1” is missing.</source>
            <translation>必須の日付「%1」がありません。</translation>
        </message>
        <message>
            <source>“%1” is not a date of the form YYYY-MM-DD (key “%2”).</source>
            <translation>「%1」は YYYY-MM-DD 形式の日付ではありません（キー「%2」）。</translation>
        </message>
        <message>
            <source>“%1” is not a time of the form 2024-05-01T09:30:00Z (key “%2”).</source>
            <translation>「%1」は 2024-05-01T09:30:00Z 形式の日時ではありません（キー「%2」）。</translation>
        </message>
        <message>
            <source>“%1” is not a whole number (key “%2”).</source>
            <translation>「%1」は整数ではありません（キー「%2」）。</translation>
        </message>
        <message>
            <source>“%1” is not true or false (key “%2”).</source>
            <translation>「%1」は true でも false でもありません（キー「%2」）。</translation>
        </message>
        <message>
            <source>“%1” must be a list.</source>
            <translation>「%1」はリストでなければなりません。</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>ファイルが UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <source>the referenced anchor is not defined</source>
            <translation>参照されたアンカーが定義されていません</translation>
        </message>
        <message>
            <source>aliases expand into too many values.</source>
            <translation>エイリアスを展開すると値が多くなりすぎます。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::AddClustersDialog</name>
        <message>
            <source>Contexts from %1</source>
            <translation>%1 のコンテキスト</translation>
        </message>
        <message>
            <source>%1 — %2 ⚠ skips TLS verification</source>
            <translation>%1 — %2 ⚠ TLS 検証を省略</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>(no cluster)</source>
            <translation>（クラスターなし）</translation>
        </message>
        <message>
            <source>Choose a kubeconfig</source>
            <translation>kubeconfig を選ぶ</translation>
        </message>
        <message>
            <source>Add clusters</source>
            <translation>クラスターの追加</translation>
        </message>
        <message>
            <source>Other kubeconfig…</source>
            <translation>別の kubeconfig…</translation>
        </message>
        <message>
            <source>Search contexts…</source>
            <translation>コンテキストを検索…</translation>
        </message>
        <message>
            <source>Check all shown</source>
            <translation>表示中をすべて選択</translation>
        </message>
        <message>
            <source>Uncheck all</source>
            <translation>選択をすべて解除</translation>
        </message>
        <message>
            <source>Kirikae reads the checked clusters with GET requests only and keeps no credentials: the workspace remembers the context names, the snapshots what was read.</source>
            <translation>Kirikae は選んだクラスターを GET リクエストだけで読み取り、認証情報は保存しません。ワークスペースに残るのはコンテキスト名、スナップショットに残るのは読み取った内容だけです。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::ClustersPage</name>
        <message>
            <source>Live clusters</source>
            <translation>ライブクラスター</translation>
        </message>
        <message>
            <source>Add clusters…</source>
            <translation>クラスターを追加…</translation>
        </message>
        <message>
            <source>Refresh all</source>
            <translation>すべて再収集</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>%v of %m clusters</source>
            <extracomment>Progress of a collection: %v done of %m clusters</extracomment>
            <translation>%m クラスター中 %v</translation>
        </message>
        <message>
            <source>At once:</source>
            <translation>同時に:</translation>
        </message>
        <message>
            <source>How many clusters are read at the same time. Threads, connections and memory grow with this number, not with the number of clusters.</source>
            <translation>同時に読み取るクラスターの数。スレッド、接続、メモリはクラスターの総数ではなくこの数に応じて増えます。</translation>
        </message>
        <message>
            <source>Clusters read from kubeconfig contexts, several at once and with GET requests only. Each collection becomes a snapshot that the other pages read as soon as it is written, so the fleet can be reviewed later without cluster access.</source>
            <translation>kubeconfig のコンテキストから、GET リクエストだけで複数同時に読み取ったクラスター。収集ごとにスナップショットになり、書き込まれた時点でほかのページが読み込みます。あとからクラスターに接続せずにフリートを見直せます。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CollectionModel</name>
        <message>
            <source>Collecting…</source>
            <translation>収集中…</translation>
        </message>
        <message>
            <source>Not collected yet</source>
            <translation>未収集</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>一部のみ</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>接続不可</translation>
        </message>
        <message>
            <source>Unauthorized</source>
            <translation>認証失敗</translation>
        </message>
        <message>
            <source>Forbidden</source>
            <translation>権限なし</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>TLS エラー</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>タイムアウト</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>%1 ⚠ insecure</source>
            <translation>%1 ⚠ 非セキュア</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not collected: %1</source>
            <translation>未収集: %1</translation>
        </message>
        <message>
            <source>insecure-skip-tls-verify is set for this context: the server's identity is not checked.</source>
            <translation>このコンテキストには insecure-skip-tls-verify が設定されており、サーバーの身元を確認しません。</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>コンテキスト</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Last collected</source>
            <translation>最終収集</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <translation>待機中…</translation>
        </message>
    </context>
    <context>
        <name>kirikae::DebtModel</name>
        <message>
            <source>APIs</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Versions and support</source>
            <translation>バージョンとサポート</translation>
        </message>
        <message>
            <source>Version skew</source>
            <translation>バージョンスキュー</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>オペレーター</translation>
        </message>
        <message>
            <source>Add-ons</source>
            <translation>アドオン</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
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
            <translation>このクラスターのスナップショットは一つだけです。</translation>
        </message>
        <message>
            <source>Trend</source>
            <extracomment>Column header: the total score of each snapshot of the cluster, oldest first</extracomment>
            <translation>推移</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>Waived by %1 until %2: %3</source>
            <translation>%1 が %2 まで例外承認: %3</translation>
        </message>
        <message>
            <source>Accepted by %1 on %2</source>
            <translation>%2 に %1 が承認</translation>
        </message>
        <message>
            <source>Accepted by %1</source>
            <translation>%1 が承認</translation>
        </message>
        <message>
            <source>Accepted on %1</source>
            <translation>%1 に承認</translation>
        </message>
        <message numerus="yes">
            <source>edited %n time(s), last by %1 on %2</source>
            <translation>
                <numerusform>%n 回編集（最終: %2、%1）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1、%2</translation>
        </message>
    </context>
    <context>
        <name>kirikae::DebtPage</name>
        <message>
            <source>Upgrade debt</source>
            <translation>アップグレード負債</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a cell to see the reasons behind its score.&lt;/p&gt;</source>
            <translation>&lt;p&gt;セルを選ぶと、スコアの理由が表示されます。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No debt here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ここに負債はありません。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;Evidence&lt;/h4&gt;</source>
            <translation>&lt;h4&gt;根拠&lt;/h4&gt;</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>移行先</translation>
        </message>
        <message>
            <source>Seen in</source>
            <translation>検出元</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>確度</translation>
        </message>
        <message>
            <source>certain</source>
            <translation>確実</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>可能性あり</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;The version an object is stored at in etcd proves nothing: the API server serves every object at every version it knows. What counts is what clients send — manifests, Helm releases, last-applied configurations and the API server's own count of deprecated requests. managedFields only show that some client once wrote the object so: possible, not certain.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;etcd に保存されているバージョンは何の証拠にもなりません。API サーバーはどのオブジェクトも、知っているすべてのバージョンで返すからです。問題になるのはクライアントが送るもの、つまりマニフェスト、Helm リリース、last-applied-configuration、そして API サーバー自身が数える非推奨 API へのリクエストです。managedFields は、あるクライアントが過去にそのバージョンで書き込んだことを示すだけなので「可能性あり」とします。&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where the fleet's upgrade debt sits: each cell adds up its reasons (the formula is in the README). Deeper red is more debt; select a cell for the reasons and the evidence.</source>
            <translation>フリートのアップグレード負債がどこに溜まっているかを示します。各セルは理由の点数の合計です（計算式は README を参照）。赤が濃いほど負債が大きく、セルを選ぶと理由と根拠が表示されます。</translation>
        </message>
        <message>
            <source>Accept a finding…</source>
            <translation>検出を例外承認…</translation>
        </message>
        <message>
            <source>Edit the waiver…</source>
            <translation>例外承認を編集…</translation>
        </message>
        <message>
            <source>Remove the waiver</source>
            <translation>例外承認を取り消す</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FilteredTable</name>
        <message>
            <source>Filter…</source>
            <translation>絞り込み…</translation>
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
            <translation>アップストリーム（kubeadm）</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>サポート中</translation>
        </message>
        <message>
            <source>Ending soon</source>
            <translation>まもなく終了</translation>
        </message>
        <message>
            <source>Unsupported</source>
            <translation>サポート切れ</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>The server version could not be read: %1</source>
            <translation>サーバーのバージョンを読み取れませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 is supported upstream until %2 (%n day(s) left).</source>
            <translation>
                <numerusform>Kubernetes %1 のアップストリームサポートは %2 まで（残り %n 日）です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 leaves upstream support on %2: only %n day(s) left to upgrade.</source>
            <translation>
                <numerusform>Kubernetes %1 のアップストリームサポートは %2 に終了します。アップグレードまで残り %n 日しかありません。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kubernetes %1 is older than every release in the catalog and long out of support.</source>
            <translation>Kubernetes %1 はカタログ上のどのリリースよりも古く、サポートはとうに終了しています。</translation>
        </message>
        <message numerus="yes">
            <source>Kubernetes %1 has been out of upstream support since %2 (%n day(s) ago).</source>
            <translation>
                <numerusform>Kubernetes %1 のアップストリームサポートは %2 に終了しています（%n 日経過）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kubernetes %1 is not released yet according to the catalog.</source>
            <translation>カタログによると Kubernetes %1 はまだリリースされていません。</translation>
        </message>
        <message>
            <source>The catalog knows nothing about Kubernetes %1.</source>
            <translation>カタログに Kubernetes %1 の情報がありません。</translation>
        </message>
        <message>
            <source>The date is projected from the release cadence, not published.</source>
            <translation>この日付は公表値ではなく、リリース周期からの推定です。</translation>
        </message>
        <message numerus="yes">
            <source>The newest release is %1, %n minor(s) ahead.</source>
            <translation>
                <numerusform>最新リリースは %1 で、%n マイナー先を行っています。</numerusform>
            </translation>
        </message>
        <message>
            <source>Patch %1 is available for this minor.</source>
            <translation>このマイナーにはパッチ %1 が出ています。</translation>
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
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>ディストリビューション</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>サポート</translation>
        </message>
        <message>
            <source>End of support</source>
            <translation>サポート終了日</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>残り日数</translation>
        </message>
        <message>
            <source>Minors behind</source>
            <extracomment>Column header: how many minor releases the cluster is behind the newest</extracomment>
            <translation>遅れ（マイナー）</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>ノード数</translation>
        </message>
        <message>
            <source>Collected</source>
            <extracomment>Column header: when the snapshot was taken</extracomment>
            <translation>収集日時</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>sentence joiner</comment>
            <extracomment>Joins two sentences: English puts a space between them, Japanese nothing</extracomment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Standard support until %1</source>
            <translation>標準サポート（%1 まで）</translation>
        </message>
        <message>
            <source>Maintenance until %1</source>
            <translation>メンテナンス（%1 まで）</translation>
        </message>
        <message>
            <source>Extended support until %1</source>
            <translation>延長サポート（%1 まで）</translation>
        </message>
        <message>
            <source>End of life since %1</source>
            <translation>サポート終了（%1）</translation>
        </message>
        <message>
            <source>%1 %2: standard support until %3%4</source>
            <translation>%1 %2: 標準サポートは %3 まで%4</translation>
        </message>
        <message>
            <source>, extended support until %1</source>
            <translation>、延長サポートは %1 まで</translation>
        </message>
        <message>
            <source>Vendor support</source>
            <translation>ベンダーサポート</translation>
        </message>
        <message>
            <source>Kubernetes %1 is projected to be out by now but not yet in the catalog: not counted.</source>
            <translation>Kubernetes %1 は予測ではすでにリリース済みですが、カタログにはまだありません（数えていません）。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FleetPage</name>
        <message>
            <source>Fleet overview</source>
            <translation>フリート概要</translation>
        </message>
        <message numerus="yes">
            <source>%n snapshot file(s) could not be read; the other clusters are shown:</source>
            <translation>
                <numerusform>%n 件のスナップショットファイルを読み込めませんでした。それ以外のクラスターは表示しています:</numerusform>
            </translation>
        </message>
        <message>
            <source>No clusters yet. Open a workspace or import snapshot files from the File menu.</source>
            <translation>クラスターがまだありません。「ファイル」メニューからワークスペースを開くか、スナップショットを取り込んでください。</translation>
        </message>
        <message>
            <source>judged on %1 against the upstream Kubernetes support window.</source>
            <translation>%1 時点のアップストリーム Kubernetes サポート期間で判定。</translation>
        </message>
        <message>
            <source>Cluster details</source>
            <translation>クラスター詳細</translation>
        </message>
        <message>
            <source>Select a cluster to see its control plane, add-ons and nodes.</source>
            <translation>クラスターを選ぶと、コントロールプレーン・アドオン・ノードが表示されます。</translation>
        </message>
        <message>
            <source>Cluster details: %1</source>
            <translation>クラスター詳細: %1</translation>
        </message>
        <message>
            <source>Snapshot taken %1 from %2.</source>
            <translation>スナップショット取得: %1（%2）</translation>
        </message>
        <message>
            <source>Not collected: %1 — %2</source>
            <translation>未収集: %1 — %2</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>グループ化(&amp;G):</translation>
        </message>
        <message>
            <source>Nothing: one row per cluster</source>
            <translation>なし（クラスターごとに 1 行）</translation>
        </message>
        <message>
            <source>Labels: %1</source>
            <translation>ラベル: %1</translation>
        </message>
    </context>
    <context>
        <name>kirikae::GraphView</name>
        <message numerus="yes">
            <source>%n APIs</source>
            <translation>
                <numerusform>%n 個の API</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>%1 に書き込めませんでした。</translation>
        </message>
        <message>
            <source>Operator dependencies</source>
            <translation>オペレーターの依存関係</translation>
        </message>
    </context>
    <context>
        <name>kirikae::HotspotModel</name>
        <message numerus="yes">
            <source>%1 (and %n more)</source>
            <translation>
                <numerusform>%1（ほか %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>#</source>
            <extracomment>Column header: the position in the ranking</extracomment>
            <translation>順位</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>領域</translation>
        </message>
        <message>
            <source>Heaviest reason</source>
            <translation>最大の理由</translation>
        </message>
    </context>
    <context>
        <name>kirikae::InventoryModel</name>
        <message>
            <source>worker</source>
            <translation>ワーカー</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>NotReady</translation>
        </message>
        <message>
            <source>Control plane</source>
            <translation>コントロールプレーン</translation>
        </message>
        <message>
            <source>Add-on</source>
            <translation>アドオン</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>ノード</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
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
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>ワークスペースを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import snapshots…</source>
            <translation>スナップショットを取り込む(&amp;I)…</translation>
        </message>
        <message>
            <source>Save workspace &amp;as…</source>
            <translation>ワークスペースに名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>Open the &amp;demo fleet</source>
            <translation>デモフリートを開く(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <extracomment>Menu title for choosing the user interface language</extracomment>
            <translation>言語(&amp;L)</translation>
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
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Kirikae</source>
            <translation>Kirikae について(&amp;A)</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) loaded.</source>
            <translation>
                <numerusform>クラスター %n 件を読み込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
        <message>
            <source>Kirikae workspaces (*.yaml *.yml);;All files (*)</source>
            <translation>Kirikae ワークスペース (*.yaml *.yml);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Import snapshots</source>
            <translation>スナップショットの取り込み</translation>
        </message>
        <message>
            <source>Kirikae snapshots (*.yaml *.yml);;All files (*)</source>
            <translation>Kirikae スナップショット (*.yaml *.yml);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save workspace</source>
            <translation>ワークスペースの保存</translation>
        </message>
        <message>
            <source>Kirikae workspaces (*.yaml *.yml)</source>
            <translation>Kirikae ワークスペース (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Workspace saved to %1.</source>
            <translation>ワークスペースを %1 に保存しました。</translation>
        </message>
        <message>
            <source>About Kirikae</source>
            <translation>Kirikae について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers and runbooks. Reads clusters, never writes to them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;複数クラスターの Kubernetes アップグレードを計画します。バージョン、サポート期間、阻害要因、手順書まで。クラスターは読み取るだけで、書き込むことはありません。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Add clusters</source>
            <translation>クラスターの追加</translation>
        </message>
        <message>
            <source>Collection finished.</source>
            <translation>収集が終わりました。</translation>
        </message>
        <message>
            <source>Add &amp;clusters from kubeconfig…</source>
            <translation>kubeconfig からクラスターを追加(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Refresh live clusters</source>
            <translation>ライブクラスターを再収集(&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>Collecting %n cluster(s)…</source>
            <translation>
                <numerusform>クラスター %n 件を収集しています…</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiver added; save the workspace to keep it.</source>
            <translation>例外承認を追加しました。残すにはワークスペースを保存してください。</translation>
        </message>
        <message>
            <source>Remove the waiver</source>
            <translation>例外承認の取り消し</translation>
        </message>
        <message>
            <source>Remove the waiver on %1 for “%2”? Its debt counts again; the workspace keeps a record of the waiver and of its removal.</source>
            <translation>%1 の「%2」に対する例外承認を取り消しますか？ 該当する負債は再びスコアに加算されます。例外承認とその取り消しの記録はワークスペースに残ります。</translation>
        </message>
        <message>
            <source>&amp;Save workspace</source>
            <translation>ワークスペースを保存(&amp;S)</translation>
        </message>
        <message>
            <source>Waiver changed; save the workspace to keep the change.</source>
            <translation>例外承認を変更しました。変更を残すにはワークスペースを保存してください。</translation>
        </message>
        <message>
            <source>Waiver removed; save the workspace to keep the change.</source>
            <translation>例外承認を取り消しました。変更を残すにはワークスペースを保存してください。</translation>
        </message>
        <message>
            <source>This workspace has changes that are not saved. Save them?</source>
            <translation>このワークスペースには保存されていない変更があります。保存しますか？</translation>
        </message>
        <message>
            <source>The workspace “%1” has changes that are not saved. Save them?</source>
            <translation>ワークスペース「%1」には保存されていない変更があります。保存しますか？</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <source>built in</source>
            <translation>組み込み</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;Plan Kubernetes upgrades across a fleet: versions, support windows, blockers, costs and runbooks. Reads clusters, never writes to them.&lt;/p&gt;&lt;p&gt;Built %2 with Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogs&lt;/b&gt; (when their facts were last checked):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Your own catalogs are read from &lt;code&gt;%5&lt;/code&gt; (or the folder given with --data) and win over the built-in ones.&lt;/p&gt;&lt;p&gt;Licence: MIT. Uses Qt (LGPL 3), yaml-cpp (MIT), libcurl (curl licence), Graphviz (EPL) and the Noto Sans CJK fonts (OFL).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kirikae %1&lt;/h3&gt;&lt;p&gt;フリート全体の Kubernetes アップグレードを計画します。バージョン、サポート期間、阻害要因、コスト、手順書。クラスターを読むだけで、書き込みはしません。&lt;/p&gt;&lt;p&gt;ビルド: %2（Qt %3）&lt;/p&gt;&lt;p&gt;&lt;b&gt;カタログ&lt;/b&gt;（事実を最後に確認した日）:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;独自のカタログは &lt;code&gt;%5&lt;/code&gt;（または --data で指定したフォルダ）から読み込まれ、組み込みのものより優先されます。&lt;/p&gt;&lt;p&gt;ライセンス: MIT。Qt（LGPL 3）、yaml-cpp（MIT）、libcurl（curl ライセンス）、Graphviz（EPL）、Noto Sans CJK フォント（OFL）を使用しています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open &amp;folder…</source>
            <translation>フォルダーを開く(&amp;F)…</translation>
        </message>
        <message>
            <source>Open a folder of snapshots</source>
            <translation>スナップショットのフォルダーを開く</translation>
        </message>
        <message>
            <source>Loading the snapshots…</source>
            <translation>スナップショットを読み込んでいます…</translation>
        </message>
        <message>
            <source>Loading snapshot %1 of %2…</source>
            <translation>スナップショットを読み込んでいます(%2 件中 %1 件目)…</translation>
        </message>
        <message>
            <source>No snapshot here yet: add clusters from a kubeconfig (File menu) or copy snapshots into %1.</source>
            <translation>まだスナップショットがありません: kubeconfig からクラスターを追加する（ファイルメニュー）か、%1 にスナップショットをコピーしてください。</translation>
        </message>
        <message>
            <source>Demo fleet</source>
            <translation>デモフリート</translation>
        </message>
    </context>
    <context>
        <name>kirikae::OperatorModel</name>
        <message>
            <source>Fine</source>
            <translation>問題なし</translation>
        </message>
        <message>
            <source>Update available</source>
            <translation>更新あり</translation>
        </message>
        <message>
            <source>Blocked for the target</source>
            <translation>移行先でブロック</translation>
        </message>
        <message>
            <source>Missing dependency</source>
            <translation>依存先が不足</translation>
        </message>
        <message>
            <source>In a dependency cycle</source>
            <translation>依存関係が循環</translation>
        </message>
        <message>
            <source>Order</source>
            <extracomment>Column: position in the upgrade order</extracomment>
            <translation>順序</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>オペレーター</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Needs</source>
            <extracomment>Column: how many other operators this one depends on</extracomment>
            <translation>依存数</translation>
        </message>
        <message>
            <source>Newer version</source>
            <translation>新しいバージョン</translation>
        </message>
    </context>
    <context>
        <name>kirikae::OperatorsPage</name>
        <message>
            <source>No operators yet: the fleet has no OLM ClusterServiceVersions.</source>
            <translation>オペレーターはまだありません。フリートに OLM の ClusterServiceVersion がありません。</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>オペレーター</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>すべてのクラスター</translation>
        </message>
        <message>
            <source>Bundle folders</source>
            <translation>バンドルフォルダー</translation>
        </message>
        <message>
            <source>Laying out the graph…</source>
            <translation>グラフを配置しています…</translation>
        </message>
        <message>
            <source>Graphviz could not lay this graph out.</source>
            <translation>Graphviz でこのグラフを配置できませんでした。</translation>
        </message>
        <message>
            <source>&lt;p&gt;Click an operator to see what it needs and what needs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;オペレーターをクリックすると、その依存先と依存元が表示されます。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cluster: %1</source>
            <translation>クラスター: %1</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV: %1</translation>
        </message>
        <message>
            <source>%1 (via %2)</source>
            <translation>%1（%2 経由）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>不足</translation>
        </message>
        <message>
            <source>Blocked for the target</source>
            <translation>移行先でブロック</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>依存先</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>依存元</translation>
        </message>
        <message>
            <source>Subscription wants</source>
            <translation>Subscription が求めるバージョン</translation>
        </message>
        <message>
            <source>Newest in the catalog</source>
            <translation>カタログの最新版</translation>
        </message>
        <message>
            <source>Upgrade path (replaces / skips / skipRange)</source>
            <translation>アップグレード経路（replaces / skips / skipRange）</translation>
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
            <translation>インストールモード: %1</translation>
        </message>
        <message>
            <source>Upgrade metadata</source>
            <translation>アップグレード情報</translation>
        </message>
        <message numerus="yes">
            <source>Owns %n API(s)</source>
            <translation>
                <numerusform>所有する API（%n 個）</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder of OLM bundles</source>
            <translation>OLM バンドルのフォルダー</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read; the other bundles were read:</source>
            <translation>
                <numerusform>%n 個のファイルを読み込めませんでした。ほかのバンドルは読み込みました:</numerusform>
            </translation>
        </message>
        <message>
            <source>bundles</source>
            <translation>バンドル</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 画像 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>Export the graph</source>
            <translation>グラフを書き出す</translation>
        </message>
        <message>
            <source>OLM operators and what they need: an arrow points from an operator to the one that provides an API or package it requires. Upgrade from the right to the left: dependencies first. Click a box to light up everything upstream and downstream of it.</source>
            <translation>OLM オペレーターとその依存関係です。矢印は、オペレーターから、それが必要とする API やパッケージを提供するオペレーターへ向いています。アップグレードは右から左へ、依存先から先に進めます。箱をクリックすると、その上流と下流がすべて強調表示されます。</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>移行先:</translation>
        </message>
        <message>
            <source>Kubernetes minor the operators must run on (minKubeVersion, maxOpenShiftVersion)</source>
            <translation>オペレーターが動作すべき Kubernetes のマイナーバージョン（minKubeVersion・maxOpenShiftVersion の判定に使用）</translation>
        </message>
        <message>
            <source>Find an operator (Return for the next match)</source>
            <translation>オペレーターを検索（Enter で次の一致へ）</translation>
        </message>
        <message>
            <source>Add bundle folder…</source>
            <translation>バンドルフォルダーを追加…</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG で書き出す…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>SVG で書き出す…</translation>
        </message>
        <message>
            <source>required by %1 %2, not by %3</source>
            <translation>%3 ではなく %1 %2 が必要とする</translation>
        </message>
        <message>
            <source>needs %1 %2, the newest is %3</source>
            <translation>%1 %2 が必要（最新は %3）</translation>
        </message>
        <message>
            <source>%1 (via %2; %3)</source>
            <translation>%1（%2 経由、%3）</translation>
        </message>
        <message>
            <source>No operator’s name contains “%1”.</source>
            <translation>名前に「%1」を含むオペレーターはありません。</translation>
        </message>
        <message>
            <source>The graph could not be exported: %1</source>
            <translation>グラフを書き出せませんでした: %1</translation>
        </message>
        <message>
            <source>Operator dependencies</source>
            <translation>オペレーターの依存関係</translation>
        </message>
        <message>
            <source>Target: Kubernetes %1</source>
            <translation>移行先: Kubernetes %1</translation>
        </message>
        <message>
            <source>Exported on %1</source>
            <translation>書き出し日: %1</translation>
        </message>
        <message>
            <source>minKubeVersion %1 is above Kubernetes %2</source>
            <translation>minKubeVersion %1 が Kubernetes %2 より新しいため動作しません</translation>
        </message>
        <message>
            <source>olm.maxOpenShiftVersion %1 blocks OpenShift %2</source>
            <translation>olm.maxOpenShiftVersion %1 のため OpenShift %2 には移行できません</translation>
        </message>
        <message numerus="yes">
            <source>All %n clusters: too many frames, choose a group or a cluster</source>
            <translation>
                <numerusform>全 %n クラスター: 枠が多すぎます。グループかクラスターを選んでください</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kirikae::PlanHopModel</name>
        <message numerus="yes">
            <source>Blocked: %n open</source>
            <translation>
                <numerusform>阻害あり: 未解決 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>問題なし</translation>
        </message>
        <message>
            <source>Nodes first</source>
            <translation>先にノード更新</translation>
        </message>
        <message>
            <source>Hop</source>
            <extracomment>Column: one control-plane minor step of an upgrade</extracomment>
            <translation>段階</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>リリース</translation>
        </message>
        <message>
            <source>Removed APIs in use</source>
            <translation>使用中の削除 API</translation>
        </message>
        <message>
            <source>Node pools first</source>
            <translation>先に更新するノードプール</translation>
        </message>
        <message>
            <source>Operators blocked</source>
            <translation>ブロックされるオペレーター</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>CRD %1 stores %2: %3 no longer serves it</source>
            <translation>CRD %1 は %2 で保存しています: %3 はこれを提供しません</translation>
        </message>
        <message>
            <source>OpenShift %1 is not on the update graph (channel %2)</source>
            <translation>OpenShift %1 は更新グラフにありません(チャネル %2)</translation>
        </message>
        <message>
            <source>OpenShift %1 only as a conditional update (channel %2)</source>
            <translation>OpenShift %1 は条件付き更新としてのみ提示されています(チャネル %2)</translation>
        </message>
        <message>
            <source>OpenShift %1 offered (channel %2)</source>
            <translation>OpenShift %1 が提示されています(チャネル %2)</translation>
        </message>
        <message>
            <source>Risk %1: %2</source>
            <translation>リスク %1: %2</translation>
        </message>
        <message>
            <source>EUS to EUS: %1 → %2, workers paused</source>
            <translation>EUS から EUS へ: %1 → %2、ワーカーは一時停止</translation>
        </message>
        <message>
            <source>Add-ons, CRDs, update graph</source>
            <translation>アドオン・CRD・更新グラフ</translation>
        </message>
    </context>
    <context>
        <name>kirikae::PlanPage</name>
        <message>
            <source>Upgrade plan</source>
            <translation>アップグレード計画</translation>
        </message>
        <message>
            <source>(not built yet)</source>
            <translation>（未構築）</translation>
        </message>
        <message>
            <source>&lt;p&gt;Open a workspace with snapshots to plan an upgrade.&lt;/p&gt;</source>
            <translation>&lt;p&gt;アップグレードを計画するには、スナップショットのあるワークスペースを開いてください。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>GO: nothing blocks the route</source>
            <translation>GO: 経路上に阻害要因はありません</translation>
        </message>
        <message numerus="yes">
            <source>NO-GO: %n open blocker(s)</source>
            <translation>
                <numerusform>NO-GO: 未解決の阻害要因が %n 件あります</numerusform>
            </translation>
        </message>
        <message>
            <source>No cluster of the fleet is below the target.</source>
            <translation>目標バージョンより古いクラスターがフリートにありません。</translation>
        </message>
        <message>
            <source>There is no plan to export.</source>
            <translation>書き出す計画がありません。</translation>
        </message>
        <message>
            <source>Export the runbook</source>
            <translation>手順書を書き出す</translation>
        </message>
        <message>
            <source>Runbook (*.%1)</source>
            <translation>手順書 (*.%1)</translation>
        </message>
        <message>
            <source>The route to a target version, one control-plane minor per hop, and what blocks each hop. The runbook on the right is what the review meeting reads; its language is chosen here, independently of the interface.</source>
            <translation>目標バージョンまでの経路を、コントロールプレーンを 1 マイナーずつ上げる段階に分け、段階ごとの阻害要因を示します。右側の手順書はレビュー会議でそのまま使えます。手順書の言語は画面の言語とは別にここで選べます。</translation>
        </message>
        <message>
            <source>Cluster:</source>
            <translation>クラスター:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>目標:</translation>
        </message>
        <message>
            <source>Strategy:</source>
            <translation>方式:</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>インプレース</translation>
        </message>
        <message>
            <source>Blue/green (new cluster)</source>
            <translation>ブルーグリーン（新クラスター）</translation>
        </message>
        <message>
            <source>New cluster:</source>
            <translation>新クラスター:</translation>
        </message>
        <message>
            <source>Runbook language:</source>
            <translation>手順書の言語:</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF で書き出す…</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>HTML で書き出す…</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Markdown で書き出す…</translation>
        </message>
        <message>
            <source>Fleet runbook (PDF)…</source>
            <translation>フリート手順書（PDF）…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Fleet schedule&lt;/b&gt; — development, staging, production; the day each must start</source>
            <translation>&lt;b&gt;フリートのスケジュール&lt;/b&gt; — 開発、ステージング、本番の順に、各クラスターの開始期限を示します</translation>
        </message>
        <message>
            <source>The new cluster runs on another platform (%1, not %2): storage, load balancers and identities must be mapped by hand.</source>
            <translation>新しいクラスターは別のプラットフォーム（%2 ではなく %1）で動いています。ストレージ、ロードバランサー、ID は手作業で対応付けてください。</translation>
        </message>
        <message>
            <source>The new cluster runs %1: the plan goes there.</source>
            <translation>新しいクラスターは %1 で動いています。計画はそこへ移行します。</translation>
        </message>
        <message>
            <source>The runbook could not be exported: %1</source>
            <translation>手順書を書き出せませんでした: %1</translation>
        </message>
        <message>
            <source>&amp;At once per tier:</source>
            <translation>段階ごとの同時更新数(&amp;A):</translation>
        </message>
        <message>
            <source>How many clusters of one tier the schedule upgrades at the same time; the next tier starts when the whole tier has soaked. Saved in the workspace.</source>
            <translation>スケジュールが同じ段階のクラスターを同時にいくつ更新するか。次の段階は、その段階全体の様子見期間が終わってから始まります。ワークスペースに保存されます。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::ScheduleModel</name>
        <message>
            <source>development</source>
            <translation>開発</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>ステージング</translation>
        </message>
        <message>
            <source>production</source>
            <translation>本番</translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1（遅延）</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>順序</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Tier</source>
            <extracomment>Column: development, staging or production</extracomment>
            <translation>環境</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>サポート終了</translation>
        </message>
        <message>
            <source>Start by</source>
            <translation>開始期限</translation>
        </message>
        <message>
            <source>Finish by</source>
            <translation>完了期限</translation>
        </message>
        <message>
            <source>Open blockers</source>
            <translation>未解決の阻害要因</translation>
        </message>
        <message>
            <source>Late: support ends %1; it can no longer start early enough.</source>
            <translation>遅れ: サポートは %1 に終了します。間に合う時期にはもう開始できません。</translation>
        </message>
        <message>
            <source>Late: it waits for a release and cannot finish before support ends %1.</source>
            <translation>遅れ: リリースを待つため、サポート終了日 %1 までに完了できません。</translation>
        </message>
        <message>
            <source>A hop waits for its minor, projected for %1 (not announced yet).</source>
            <translation>このホップは %1 に予測されるマイナーリリース（未発表）を待ちます。</translation>
        </message>
        <message>
            <source>A hop waits for its minor, released %1.</source>
            <translation>このホップは %1 にリリースされるマイナーバージョンを待ちます。</translation>
        </message>
        <message>
            <source>On %1 the vendor upgrades the control plane to %2; node pools stay.</source>
            <translation>%1 にベンダーがコントロールプレーンを %2 にアップグレードします。ノードプールはそのままです。</translation>
        </message>
        <message>
            <source>On %1 the vendor upgrades the control plane and node pools to %2.</source>
            <translation>%1 にベンダーがコントロールプレーンとノードプールを %2 にアップグレードします。</translation>
        </message>
        <message>
            <source>That comes before this upgrade finishes.</source>
            <translation>それはこのアップグレードが終わる前に起こります。</translation>
        </message>
        <message>
            <source>Then breaks: %1</source>
            <translation>そのとき壊れるもの: %1</translation>
        </message>
        <message>
            <source>Vendor forces</source>
            <translation>ベンダーの強制</translation>
        </message>
    </context>
    <context>
        <name>kirikae::TimelinePage</name>
        <message>
            <source>Support timeline</source>
            <translation>サポートタイムライン</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>アップストリーム</translation>
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
            <translation>サポート終了までに確保する準備期間:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>Kubernetes %1 upstream</source>
            <translation>Kubernetes %1 アップストリーム</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 extended</source>
            <translation>%1 延長サポート</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>今日（%1）</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>あと %n 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n 日超過</numerusform>
            </translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>Support by</source>
            <translation>サポート元</translation>
        </message>
        <message>
            <source>Support ends</source>
            <translation>サポート終了</translation>
        </message>
        <message>
            <source>Start the next upgrade by</source>
            <translation>次のアップグレード着手期限</translation>
        </message>
        <message>
            <source>~%1</source>
            <extracomment>Axis label of a projected (not yet released) minor, e.g. ~1.38</extracomment>
            <translation>~%1</translation>
        </message>
        <message>
            <source>Each bar is a Kubernetes minor from its release to the end of its support; the thinner bars beside it are the vendors' windows (extended support lighter). Projected minors are dashed. The red line is today. Each cluster is a marker on its minor, on its vendor's bar where it has one, at the day its support ends: the distance to the red line is the time left. Hover over a bar or a marker for its dates.</source>
            <translation>太いバーは各 Kubernetes マイナーのリリースからサポート終了まで、その脇の細いバーは各ベンダーのサポート期間です（延長サポートは淡色）。推定のマイナーは破線で示します。赤い線が今日です。各クラスターは自分のマイナーの行（ベンダーのバーがあればその上）の、サポートが終了する日の位置にマーカーで示され、赤い線までの距離が残り期間です。バーやマーカーにカーソルを合わせると日付が表示されます。</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>a cluster, where its support ends</source>
            <translation>クラスター（サポート終了日の位置）</translation>
        </message>
        <message>
            <source>Kubernetes %1 (projected: not released yet)</source>
            <translation>Kubernetes %1（推定: 未リリース）</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>%1 (projected)
Released about %2
Support ends about %3</source>
            <translation>%1（推定）
リリース予定: %2 頃
サポート終了予定: %3 頃</translation>
        </message>
        <message>
            <source>%1
Released %2
Support ends %3</source>
            <translation>%1
リリース: %2
サポート終了: %3</translation>
        </message>
        <message>
            <source>%1 (Kubernetes %2): standard support
Released %3
Standard support ends %4</source>
            <translation>%1（Kubernetes %2）: 標準サポート
リリース: %3
標準サポート終了: %4</translation>
        </message>
        <message>
            <source>Extended support until %1</source>
            <translation>延長サポート終了: %1</translation>
        </message>
        <message>
            <source>%1 (Kubernetes %2): extended support
From %3
Support ends %4</source>
            <translation>%1（Kubernetes %2）: 延長サポート
開始: %3
サポート終了: %4</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>今日: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>残り %n 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>%n 日前に終了</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
Kubernetes %2 (%3)
Support ends %4: %5</source>
            <translation>%1
Kubernetes %2（%3）
サポート終了: %4（%5）</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>クラスター %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s), support ends %1:</source>
            <translation>
                <numerusform>クラスター %n 件（サポート終了 %1）:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>the vendor upgrades it before its planned upgrade is done</source>
            <translation>計画したアップグレードの完了前にベンダーがアップグレードするクラスター</translation>
        </message>
        <message numerus="yes">
            <source>Red: the vendor upgrades %n of them before their planned upgrade is done.</source>
            <translation>
                <numerusform>赤: そのうち %n 件は、計画したアップグレードの完了前にベンダーがアップグレードします。</numerusform>
            </translation>
        </message>
        <message>
            <source>Red: the vendor upgrades it before its planned upgrade is done.</source>
            <translation>赤: 計画したアップグレードの完了前にベンダーがアップグレードします。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::VersionMatrixModel</name>
        <message>
            <source>current</source>
            <translation>最新</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>遅れ</translation>
        </message>
        <message>
            <source>violates the skew policy</source>
            <translation>スキューポリシー違反</translation>
        </message>
        <message>
            <source>unsupported</source>
            <translation>サポート切れ</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>最新です。</translation>
        </message>
        <message>
            <source>At or above %1, what kubeadm ships.</source>
            <translation>kubeadm の同梱版 %1 以上です。</translation>
        </message>
        <message>
            <source>The newest Kubernetes minor is %1.</source>
            <translation>最新の Kubernetes マイナーは %1 です。</translation>
        </message>
        <message>
            <source>Patch %1 is available.</source>
            <translation>パッチ %1 が出ています。</translation>
        </message>
        <message>
            <source>Older than %1, the version kubeadm ships with this cluster's minor.</source>
            <translation>このクラスターのマイナーで kubeadm が同梱する %1 より古いバージョンです。</translation>
        </message>
        <message>
            <source>Behind the control plane (%1).</source>
            <translation>コントロールプレーン（%1）より遅れています。</translation>
        </message>
        <message>
            <source>Violates the version-skew policy: %1</source>
            <translation>バージョンスキューポリシー違反: %1</translation>
        </message>
        <message>
            <source>Kubernetes %1 is out of upstream support.</source>
            <translation>Kubernetes %1 はアップストリームのサポートが終了しています。</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>場所: %1</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Component</source>
            <translation>コンポーネント</translation>
        </message>
        <message>
            <source>%1 %2 at Kubernetes %3: %4 (%5).</source>
            <translation>Kubernetes %3 での %1 %2: %4(%5)。</translation>
        </message>
        <message>
            <source>No release in the add-on catalog runs on Kubernetes %1.</source>
            <translation>アドオンカタログには Kubernetes %1 で動くリリースがありません。</translation>
        </message>
        <message>
            <source>The lowest release that runs on Kubernetes %1: %2 (%3).</source>
            <translation>Kubernetes %1 で動く最も低いリリース: %2(%3)。</translation>
        </message>
        <message>
            <source>%1 ▸ %2</source>
            <translation>%1 ▸ %2</translation>
        </message>
        <message>
            <source>Its own compatibility table does not support Kubernetes %1.</source>
            <translation>自身の互換性表は Kubernetes %1 をサポートしていません。</translation>
        </message>
    </context>
    <context>
        <name>kirikae::VersionsPage</name>
        <message>
            <source>Version matrix</source>
            <translation>バージョンマトリクス</translation>
        </message>
        <message>
            <source>Every component of every cluster side by side. kubelet and kube-proxy open into their versions and nodes; hover a cell for the reason and the rule.</source>
            <translation>全クラスターの全コンポーネントを並べて表示します。kubelet と kube-proxy はバージョン別・ノード別に展開できます。セルにカーソルを合わせると理由と該当ルールが表示されます。</translation>
        </message>
        <message>
            <source>Filter components or nodes…</source>
            <translation>コンポーネントやノードで絞り込み…</translation>
        </message>
        <message>
            <source>current minor only</source>
            <translation>現在のマイナーのみ</translation>
        </message>
        <message>
            <source>Also judge every add-on at this Kubernetes minor, from its own compatibility table: supported, tested, minimum met, not tested (not the same as unsupported), not supported or no data; the tooltip names the lowest release that runs there.</source>
            <translation>各アドオンをこの Kubernetes マイナーでも、そのアドオン自身の互換性表で判定します: サポート対象、テスト済み、最小要件を満たす、未テスト(非サポートとは異なります)、非サポート、データなし。ツールチップにはそこで動く最も低いリリースを示します。</translation>
        </message>
        <message>
            <source>Add-ons at target:</source>
            <translation>アドオンの判定先:</translation>
        </message>
    </context>
    <context>
        <name>kirikae::WaiverDialog</name>
        <message>
            <source>Until the date</source>
            <translation>期限日まで</translation>
        </message>
        <message>
            <source>Until the cluster runs Kubernetes</source>
            <translation>クラスターが次の Kubernetes になるまで</translation>
        </message>
        <message>
            <source>Accept a finding on %1</source>
            <translation>%1 の検出を例外承認</translation>
        </message>
        <message>
            <source>1.32</source>
            <translation>1.32</translation>
        </message>
        <message>
            <source>Why this is acceptable for now</source>
            <translation>当面許容できる理由</translation>
        </message>
        <message>
            <source>Who answers for it</source>
            <translation>責任者</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>検出</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>責任者</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Accepted by</source>
            <translation>承認者</translation>
        </message>
        <message>
            <source>Edit the waiver on %1</source>
            <translation>%1 の例外承認を編集</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>変更者</translation>
        </message>
    </context>
    <context>
        <name>FleetAnalysis</name>
        <message>
            <source>%1: the new cluster cannot be the cluster it replaces.</source>
            <translation>%1: 新しいクラスターを、それが置き換えるクラスター自身にすることはできません。</translation>
        </message>
    </context>
    <context>
        <name>VendorPolicies</name>
        <message>
            <source>“sure: %1” is not official, third-party or unknown.</source>
            <translation>「sure: %1」は official、third-party、unknown のいずれでもありません。</translation>
        </message>
        <message>
            <source>“%1: %2” is not one of: %3.</source>
            <translation>「%1: %2」は次のいずれでもありません: %3。</translation>
        </message>
        <message>
            <source>A fee</source>
            <translation>料金</translation>
        </message>
        <message>
            <source>“amount” is not a number.</source>
            <translation>「amount」が数値ではありません。</translation>
        </message>
        <message>
            <source>“amount” is negative.</source>
            <translation>「amount」が負の値です。</translation>
        </message>
        <message>
            <source>An amount needs “sure”: official or third-party.</source>
            <translation>金額には「sure」（official または third-party）が必要です。</translation>
        </message>
        <message>
            <source>“forcedUpgrade”</source>
            <translation>「forcedUpgrade」</translation>
        </message>
        <message>
            <source>The vendor-policy catalog</source>
            <translation>ベンダーポリシーのカタログ</translation>
        </message>
        <message>
            <source>“vendors”</source>
            <translation>「vendors」</translation>
        </message>
        <message>
            <source>A vendor</source>
            <translation>ベンダー</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CostModel</name>
        <message>
            <source>standard support</source>
            <translation>標準サポート</translation>
        </message>
        <message>
            <source>extended support</source>
            <translation>延長サポート</translation>
        </message>
        <message>
            <source>maintenance support</source>
            <translation>メンテナンスサポート</translation>
        </message>
        <message>
            <source>end of life</source>
            <translation>サポート終了</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>%1 %2 a month</source>
            <translation>月額 %1 %2</translation>
        </message>
        <message>
            <source> (on %1, where the vendor has moved it)</source>
            <translation>（ベンダーが移行させた %1 で）</translation>
        </message>
        <message>
            <source>%1 (your contract)</source>
            <translation>%1（自社の契約）</translation>
        </message>
        <message>
            <source>%1 (third-party figure)</source>
            <translation>%1（第三者の数値）</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ベンダー</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <source>Fee today</source>
            <translation>現在の料金</translation>
        </message>
        <message>
            <source>Fee changes</source>
            <translation>料金の変更</translation>
        </message>
        <message>
            <source>Vendor forces</source>
            <translation>ベンダーの強制</translation>
        </message>
        <message>
            <source>What the vendor does</source>
            <translation>ベンダーが行うこと</translation>
        </message>
        <message>
            <source>Breaks then</source>
            <translation>そのとき壊れるもの</translation>
        </message>
        <message>
            <source>Planned upgrade done</source>
            <translation>計画の完了日</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>%1 (projected)</source>
            <translation>%1（予測）</translation>
        </message>
        <message>
            <source>control plane to %1; node pools stay</source>
            <translation>コントロールプレーンを %1 へ。ノードプールはそのまま</translation>
        </message>
        <message>
            <source>control plane and nodes to %1</source>
            <translation>コントロールプレーンとノードを %1 へ</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>出典: %1</translation>
        </message>
        <message>
            <source>The vendor moves before the planned upgrade is done.</source>
            <translation>計画したアップグレードが終わる前にベンダーが移行させます。</translation>
        </message>
        <message>
            <source>Notice: %1</source>
            <translation>事前通知: %1</translation>
        </message>
        <message>
            <source>%1 %2 on %3 falls outside the version-skew policy</source>
            <translation>%3 の %1 %2 はバージョンスキューポリシーの範囲外になります</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n 台のノード</numerusform>
            </translation>
        </message>
        <message>
            <source>clients requesting %1</source>
            <translation>%1 を要求するクライアント</translation>
        </message>
        <message>
            <source>%1 uses %2, removed in %3</source>
            <translation>%1 が %2 を使用（%3 で削除）</translation>
        </message>
    </context>
    <context>
        <name>kirikae::CostPage</name>
        <message>
            <source>Cost and deadlines</source>
            <translation>コストと期限</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 / 月</translation>
        </message>
        <message>
            <source>Vendor fees if every cluster stays (the vendors' forced upgrades included)</source>
            <translation>すべてのクラスターがこのままの場合のベンダー料金（ベンダーによる強制アップグレードを含む）</translation>
        </message>
        <message>
            <source>Vendor fees following the fleet schedule to %1</source>
            <translation>%1 へのフリートスケジュールに従った場合のベンダー料金</translation>
        </message>
        <message>
            <source>Following the schedule to %1 saves %2 %3 in vendor fees until %4.</source>
            <translation>%1 へのスケジュールに従うと、%4 までにベンダー料金を %2 %3 節約できます。</translation>
        </message>
        <message>
            <source>Some fees are unknown (no source states them) and are not counted: enter your contract's price in the workspace.</source>
            <translation>一部の料金は不明（情報源なし）のため含めていません。契約価格をワークスペースに入力してください。</translation>
        </message>
        <message>
            <source>No cluster of the fleet pays a vendor support fee.</source>
            <translation>フリートにベンダーのサポート料金を払っているクラスターはありません。</translation>
        </message>
        <message>
            <source>What each cluster pays its vendor today, when that changes, and what the vendor does if the cluster stays behind: the day it upgrades the cluster itself and what breaks then. Red: the vendor moves before the planned upgrade is done.</source>
            <translation>各クラスターが現在ベンダーに払っている料金、それが変わる日、そして遅れたままの場合にベンダーが行うこと（ベンダー自身がクラスターをアップグレードする日と、そのとき壊れるもの）。赤: 計画したアップグレードが終わる前にベンダーが移行させます。</translation>
        </message>
        <message>
            <source>Schedule to:</source>
            <translation>スケジュールの目標:</translation>
        </message>
        <message>
            <source>Staying where they are</source>
            <translation>このまま据え置く</translation>
        </message>
        <message>
            <source>Following the schedule</source>
            <translation>スケジュールに従う</translation>
        </message>
        <message>
            <source>Savings until:</source>
            <translation>節約額の期限:</translation>
        </message>
        <message>
            <source>Following the schedule to %1 changes no %2 vendor fee until %3.</source>
            <translation>%1 へのスケジュールに従っても、%3 までの %2 建てのベンダー料金は変わりません。</translation>
        </message>
        <message>
            <source>Following the schedule to %1 costs %2 %3 more in vendor fees until %4.</source>
            <translation>%1 へのスケジュールに従うと、%4 までにベンダー料金が %2 %3 増えます。</translation>
        </message>
        <message numerus="yes">
            <source>%n other cluster(s)</source>
            <translation>
                <numerusform>その他 %n クラスター</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n cluster(s))</source>
            <translation>
                <numerusform>%1（%n クラスター）</numerusform>
            </translation>
        </message>
        <message>
            <source>No cluster shown here pays its vendor a support fee.</source>
            <translation>ここに表示したクラスターはベンダーにサポート料金を払っていません。</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>グラフ:</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <source>%1 (%n replica(s))</source>
            <translation>
                <numerusform>%1（レプリカ数 %n）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InCluster</name>
        <message>
            <source>Not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set (Kubernetes sets them in every pod).</source>
            <translation>クラスターの中で動いていません。KUBERNETES_SERVICE_HOST と KUBERNETES_SERVICE_PORT の両方が必要です（Kubernetes はすべての Pod に設定します）。</translation>
        </message>
        <message>
            <source>The service account token %1 cannot be read (%2); is a service account token mounted in the pod?</source>
            <translation>サービスアカウントのトークン %1 を読めません（%2）。Pod にサービスアカウントのトークンがマウントされていますか？</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>空です</translation>
        </message>
        <message>
            <source>%1 cannot be read (%2): the server's certificate is checked against the system's trusted CAs instead.</source>
            <translation>%1 を読めません（%2）。代わりにシステムが信頼する CA でサーバー証明書を確認します。</translation>
        </message>
    </context>
    <context>
        <name>Fleet</name>
        <message numerus="yes">
            <source>%1: %n file(s) that are not snapshots were skipped (%2).</source>
            <translation>
                <numerusform>%1: スナップショットではないファイル %n 個を読み飛ばしました（%2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>no snapshot in this folder.</source>
            <translation>このフォルダーにはスナップショットがありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n clusters are named “%1” but come from different servers or contexts: they are kept apart as %2.</source>
            <translation>
                <numerusform>“%1” という名前のクラスターが %n 個ありますが、サーバーまたはコンテキストが異なるため、%2 として区別します。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AddonCatalog</name>
        <message>
            <source>unknown key “%1”.</source>
            <translation>不明なキー「%1」です。</translation>
        </message>
        <message>
            <source>“semantics: %1” is not one of: supported, compatible, tested, minimum, expected, client-go, policy.</source>
            <translation>「semantics: %1」は supported・compatible・tested・minimum・expected・client-go・policy のいずれでもありません。</translation>
        </message>
        <message>
            <source>“%1” is not a Kubernetes minor such as 1.30.</source>
            <translation>「%1」は 1.30 のような Kubernetes のマイナーバージョンではありません。</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>「%1」が空です。</translation>
        </message>
        <message>
            <source>A release</source>
            <translation>リリース</translation>
        </message>
        <message>
            <source>a release has “match” or “chart”, not both.</source>
            <translation>リリースに書けるのは「match」か「chart」のどちらか一方だけです。</translation>
        </message>
        <message>
            <source>“disputed” needs a “disagreement” that says what the other source says.</source>
            <translation>「disputed」には、もう一方の情報源が何と書いているかを示す「disagreement」が必要です。</translation>
        </message>
        <message>
            <source>“detect”</source>
            <translation>「detect」</translation>
        </message>
        <message>
            <source>“helmVersion: %1” is not chart or app.</source>
            <translation>「helmVersion: %1」は chart でも app でもありません。</translation>
        </message>
        <message>
            <source>An add-on</source>
            <translation>アドオン</translation>
        </message>
        <message>
            <source>the add-on “%1” does not say what its source means (“semantics”).</source>
            <translation>アドオン「%1」に、情報源の記載の意味（「semantics」）がありません。</translation>
        </message>
        <message>
            <source>A statement</source>
            <translation>記述</translation>
        </message>
        <message>
            <source>The add-on compatibility catalog</source>
            <translation>アドオン互換性カタログ</translation>
        </message>
        <message>
            <source>the add-on “%1” is listed twice.</source>
            <translation>アドオン「%1」が 2 回記載されています。</translation>
        </message>
        <message>
            <source>the catalog lists no add-on (“addons”).</source>
            <translation>カタログにアドオン（「addons」）が 1 つもありません。</translation>
        </message>
    </context>
    <context>
        <name>AddonReason</name>
        <message>
            <source>The source lists this minor for the release.</source>
            <translation>情報源は、このリリースの対象としてこのマイナーバージョンを挙げています。</translation>
        </message>
        <message>
            <source>The source lists this minor as tested for the release.</source>
            <translation>情報源は、このリリースをこのマイナーバージョンでテスト済みとしています。</translation>
        </message>
        <message>
            <source>The source states the release works on this minor and older.</source>
            <translation>情報源は、このリリースがこのマイナーバージョン以前で動作するとしています。</translation>
        </message>
        <message>
            <source>The minor meets the release's stated minimum; nothing is said about newer minors.</source>
            <translation>リリースの最低要件は満たしますが、これより新しいマイナーバージョンについての記載はありません。</translation>
        </message>
        <message>
            <source>The source rules this minor out for the release.</source>
            <translation>情報源は、このリリースをこのマイナーバージョンでは使えないとしています。</translation>
        </message>
        <message>
            <source>The minor is older than every minor the source states.</source>
            <translation>情報源が挙げるどのマイナーバージョンよりも古いバージョンです。</translation>
        </message>
        <message>
            <source>The minor is newer than every minor the source states.</source>
            <translation>情報源が挙げるどのマイナーバージョンよりも新しいバージョンです。</translation>
        </message>
        <message>
            <source>The source does not list this minor for the release.</source>
            <translation>情報源は、このリリースの対象としてこのマイナーバージョンを挙げていません。</translation>
        </message>
        <message>
            <source>The source marks this minor in a way it does not define.</source>
            <translation>情報源は、このマイナーバージョンに定義のない記号を付けています。</translation>
        </message>
        <message>
            <source>The source gives only the client-go version the release is built with.</source>
            <translation>情報源には、リリースのビルドに使われた client-go のバージョンしか記載がありません。</translation>
        </message>
        <message>
            <source>The source states no Kubernetes minor for the release yet.</source>
            <translation>情報源には、このリリースが対象とする Kubernetes のマイナーバージョンがまだ記載されていません。</translation>
        </message>
        <message>
            <source>The add-on is not in the compatibility catalog.</source>
            <translation>このアドオンは互換性カタログにありません。</translation>
        </message>
        <message>
            <source>The running version could not be read.</source>
            <translation>稼働中のバージョンを読み取れませんでした。</translation>
        </message>
        <message>
            <source>The catalog has no row for the running release.</source>
            <translation>稼働中のリリースはカタログに記載がありません。</translation>
        </message>
        <message>
            <source>The project states a support policy, not per-release minors.</source>
            <translation>プロジェクトはサポート方針を示すだけで、リリースごとの対象マイナーバージョンは示していません。</translation>
        </message>
    </context>
    <context>
        <name>AddonStatus</name>
        <message>
            <source>supported</source>
            <translation>サポート対象</translation>
        </message>
        <message>
            <source>tested</source>
            <translation>テスト済み</translation>
        </message>
        <message>
            <source>meets the stated requirement</source>
            <translation>記載の要件を満たす</translation>
        </message>
        <message>
            <source>not tested</source>
            <translation>未テスト</translation>
        </message>
        <message>
            <source>not supported</source>
            <translation>サポート対象外</translation>
        </message>
        <message>
            <source>no compatibility data</source>
            <translation>互換性データなし</translation>
        </message>
    </context>
    <context>
        <name>HelmVersionConstraint</name>
        <message>
            <source>“%1” is not a version constraint Helm accepts (at “%2”).</source>
            <translation>「%1」は Helm が受け付けるバージョン制約ではありません（「%2」の部分）。</translation>
        </message>
    </context>
    <context>
        <name>AddonsCommand</name>
        <message>
            <source>CLUSTER</source>
            <translation>クラスター</translation>
        </message>
        <message>
            <source>ADD-ON</source>
            <translation>アドオン</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <source>NOW</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>AT TARGET</source>
            <translation>目標バージョン</translation>
        </message>
        <message>
            <source>LOWEST RELEASE FOR TARGET</source>
            <translation>目標に必要な最低リリース</translation>
        </message>
        <message>
            <source>SOURCE SAYS</source>
            <translation>情報源の意味</translation>
        </message>
        <message>
            <source>HELM RELEASE</source>
            <translation>Helm リリース</translation>
        </message>
        <message>
            <source>CHART</source>
            <translation>チャート</translation>
        </message>
        <message>
            <source>KUBEVERSION</source>
            <translation>kubeVersion</translation>
        </message>
        <message>
            <source>BLOCKS AT</source>
            <translation>更新不可になるマイナー</translation>
        </message>
        <message>
            <source>%1 (sources disagree)</source>
            <translation>%1（情報源により異なる）</translation>
        </message>
        <message>
            <source>Snapshot files to check.</source>
            <translation>確認するスナップショットファイル。</translation>
        </message>
        <message>
            <source>Judge add-ons at Kubernetes minor VERSION (e.g. 1.34); default: the newest released minor.</source>
            <translation>アドオンを Kubernetes のマイナーバージョン VERSION（例: 1.34）で判定します。省略時はリリース済みの最新マイナーバージョンです。</translation>
        </message>
        <message>
            <source>error: the release catalog has no minor released by %1; give --target.</source>
            <translation>エラー: リリースカタログに %1 までにリリースされたマイナーバージョンがありません。--target を指定してください。</translation>
        </message>
        <message>
            <source>--target: “%1” is not a minor such as 1.34.</source>
            <translation>--target:「%1」は 1.34 のようなマイナーバージョンではありません。</translation>
        </message>
    </context>
    <context>
        <name>SupportCost</name>
        <message>
            <source>%1 %2 on %3: %4</source>
            <translation>%3 の %1 %2:%4</translation>
        </message>
        <message>
            <source>%1, removed in %2</source>
            <translation>%1(%2 で削除)</translation>
        </message>
    </context>
    <context>
        <name>kirikae::FleetGroupModel</name>
        <message>
            <source>version unknown</source>
            <translation>バージョン不明</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>ラベルなし</translation>
        </message>
        <message>
            <source>Tier or environment</source>
            <translation>ティア・環境</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>ディストリビューション</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>リージョン</translation>
        </message>
        <message>
            <source>Kubernetes minor</source>
            <translation>Kubernetes マイナーバージョン</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>クラスター %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n out of support</source>
            <translation>
                <numerusform>サポート切れ %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ending soon</source>
            <translation>
                <numerusform>まもなく終了 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>サポート中 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unknown</source>
            <translation>
                <numerusform>不明 %n</numerusform>
            </translation>
        </message>
        <message>
            <source> · </source>
            <translation>・</translation>
        </message>
    </context>
    <context>
        <name>kirikae::GroupFilter</name>
        <message>
            <source>&amp;Show:</source>
            <translation>表示(&amp;S):</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>すべてのクラスター</translation>
        </message>
        <message>
            <source>By tier or environment</source>
            <translation>ティア・環境別</translation>
        </message>
        <message>
            <source>By distribution</source>
            <translation>ディストリビューション別</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>リージョン別</translation>
        </message>
        <message>
            <source>By Kubernetes minor</source>
            <translation>Kubernetes マイナーバージョン別</translation>
        </message>
        <message>
            <source>The group whose clusters are shown, with how many of them stand where in the support window.</source>
            <translation>表示するクラスターのグループ。サポート期間のどこにあるクラスターが何件あるかも示します。</translation>
        </message>
    </context>
</TS>
