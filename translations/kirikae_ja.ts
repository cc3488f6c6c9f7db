<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
            <source>unknown command “%1”.</source>
            <translation>不明なコマンド「%1」です。</translation>
        </message>
        <message>
            <source>kirikae %1: %2</source>
            <translation>kirikae %1: %2</translation>
        </message>
        <message>
            <source>Try “kirikae %1 --help”.</source>
            <translation>「kirikae %1 --help」で使い方を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>Kirikae plans Kubernetes upgrades across a fleet of clusters.

Without a command it opens the window (on the bundled demo fleet when nothing else is given).
Commands (run headless; see kirikae COMMAND --help):
  versions SNAPSHOT...   where each cluster stands in the support window
Exit codes: 0 fine, 1 runtime error, 2 usage error, 3 findings at or above --fail-on.</source>
            <translation>Kirikae は複数クラスターの Kubernetes アップグレードを計画するツールです。

コマンドを指定しないとウィンドウを開きます（何も指定しなければ同梱のデモフリートを表示）。
コマンド（画面なしで実行。詳しくは kirikae COMMAND --help）:
  versions SNAPSHOT...   各クラスターがサポート期間のどこにいるか
終了コード: 0 正常、1 実行時エラー、2 使い方の誤り、3 --fail-on 以上の検出あり。</translation>
        </message>
        <message>
            <source>Open the bundled demo workspace.</source>
            <translation>同梱のデモワークスペースを開きます。</translation>
        </message>
        <message>
            <source>Open the workspace FILE.</source>
            <translation>ワークスペース FILE を開きます。</translation>
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
            <source>Snapshot files to open.</source>
            <translation>開くスナップショットファイル。</translation>
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
        <name>VersionsCommand</name>
        <message>
            <source>Snapshot files to report on.</source>
            <translation>対象のスナップショットファイル。</translation>
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
        <message numerus="yes">
            <source>The newest release is %1 (projected), %n minor(s) ahead.</source>
            <translation>
                <numerusform>最新リリースは %1（推定）で、%n マイナー先を行っています。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>sentence joiner</comment>
            <extracomment>Joins two sentences: English puts a space between them, Japanese nothing</extracomment>
            <translation>%1%2</translation>
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
            <source>Loading %n snapshot(s)…</source>
            <translation>
                <numerusform>スナップショット %n 件を読み込んでいます…</numerusform>
            </translation>
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
    </context>
</TS>
