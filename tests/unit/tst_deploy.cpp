// The files in deploy/ that run the collector in a cluster: what they create, what the collector may read, and how
// its pod is locked down. (tst_collectincluster checks the ClusterRole against the requests the collector makes.)
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <yaml-cpp/yaml.h>

namespace {

QString deployDir()
{
    return QStringLiteral(KIRIKAE_SOURCE_DIR "/deploy");
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

QStringList texts(const YAML::Node &node)
{
    QStringList list;
    if (node && node.IsSequence())
        for (const auto &item : node)
            list << text(item);
    return list;
}

bool isTrue(const YAML::Node &node)
{
    return node && node.IsScalar() && node.as<bool>();
}

/// Every object of every YAML file in deploy/, with the file it came from.
struct Manifest
{
    QString file;
    YAML::Node object;
};

QList<Manifest> manifests()
{
    QList<Manifest> all;
    const QDir dir(deployDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        if (name == u"kustomization.yaml")
            continue;
        for (const YAML::Node &doc : YAML::LoadAllFromFile(dir.filePath(name).toStdString()))
            if (doc && !doc.IsNull())
                all << Manifest{name, doc};
    }
    return all;
}

YAML::Node only(const QList<Manifest> &all, const char *kind)
{
    YAML::Node found;
    int count = 0;
    for (const Manifest &m : all) {
        if (text(m.object["kind"]) == QLatin1StringView(kind)) {
            found = m.object;
            ++count;
        }
    }
    return count == 1 ? found : YAML::Node();
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds();
    void clusterRoleOnlyReads();
    void bindingGivesTheRoleToTheCollector();
    void cronJobRunsLockedDown();
    void cronJobWritesToItsVolume();
    void kustomizationListsEveryFile();
    void containerfileRuntimeHasNoToolchain();
};

void TestDeploy::kinds()
{
    QStringList kinds;
    for (const Manifest &m : manifests())
        kinds << text(m.object["kind"]);
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("ClusterRole"), QStringLiteral("ClusterRoleBinding"),
                                 QStringLiteral("CronJob"), QStringLiteral("Namespace"),
                                 QStringLiteral("PersistentVolumeClaim"), QStringLiteral("ServiceAccount")}));
    for (const Manifest &m : manifests()) {
        const QString kind = text(m.object["kind"]);
        QVERIFY2(!text(m.object["apiVersion"]).isEmpty(), qPrintable(m.file));
        QVERIFY2(!text(m.object["metadata"]["name"]).isEmpty(), qPrintable(m.file));
        const bool clusterScoped = kind == u"Namespace" || kind.startsWith(u"ClusterRole");
        QCOMPARE(text(m.object["metadata"]["namespace"]), clusterScoped ? QString() : QStringLiteral("kirikae"));
    }
    QCOMPARE(text(only(manifests(), "Namespace")["metadata"]["labels"]["pod-security.kubernetes.io/enforce"]),
             QStringLiteral("restricted"));
}

void TestDeploy::clusterRoleOnlyReads()
{
    const YAML::Node role = only(manifests(), "ClusterRole");
    QVERIFY(role);
    QVERIFY(!role["aggregationRule"]);
    const YAML::Node rules = role["rules"];
    QVERIFY(rules.IsSequence() && rules.size() > 5);
    for (const auto &rule : rules) {
        const QStringList verbs = texts(rule["verbs"]);
        QVERIFY(!verbs.isEmpty());
        for (const QString &verb : verbs)
            QVERIFY2(verb == u"get" || verb == u"list", qPrintable(verb)); // never watch, never a write, never "*"
        for (const char *key : {"apiGroups", "resources", "nonResourceURLs", "resourceNames"})
            for (const QString &value : texts(rule[key]))
                QVERIFY2(!value.contains(u'*'), key);
        const bool nonResource = bool(rule["nonResourceURLs"]);
        QVERIFY(nonResource != bool(rule["resources"])); // one or the other
        if (nonResource) {
            QCOMPARE(verbs, QStringList{QStringLiteral("get")}); // only GET makes sense on a URL
            QVERIFY(!rule["apiGroups"]);
        }
        // No subresource: no logs, no exec, no proxy, no status.
        for (const QString &resource : texts(rule["resources"]))
            QVERIFY2(!resource.contains(u'/'), qPrintable(resource));
    }
}

void TestDeploy::bindingGivesTheRoleToTheCollector()
{
    const QList<Manifest> all = manifests();
    const YAML::Node binding = only(all, "ClusterRoleBinding");
    const YAML::Node account = only(all, "ServiceAccount");
    QVERIFY(binding && account);
    QCOMPARE(text(binding["roleRef"]["kind"]), QStringLiteral("ClusterRole"));
    QCOMPARE(text(binding["roleRef"]["name"]), text(only(all, "ClusterRole")["metadata"]["name"]));
    QCOMPARE(binding["subjects"].size(), std::size_t(1));
    const YAML::Node subject = binding["subjects"][0];
    QCOMPARE(text(subject["kind"]), QStringLiteral("ServiceAccount"));
    QCOMPARE(text(subject["name"]), text(account["metadata"]["name"]));
    QCOMPARE(text(subject["namespace"]), text(account["metadata"]["namespace"]));
    // Nothing else is bound: no Role, no other binding.
    for (const Manifest &m : all)
        QVERIFY(text(m.object["kind"]) != u"Role" && text(m.object["kind"]) != u"RoleBinding");
}

void TestDeploy::cronJobRunsLockedDown()
{
    const QList<Manifest> all = manifests();
    const YAML::Node cronJob = only(all, "CronJob");
    QVERIFY(cronJob);
    QCOMPARE(text(cronJob["apiVersion"]), QStringLiteral("batch/v1"));
    QCOMPARE(text(cronJob["spec"]["concurrencyPolicy"]), QStringLiteral("Forbid"));
    const YAML::Node pod = cronJob["spec"]["jobTemplate"]["spec"]["template"]["spec"];
    QVERIFY(pod);
    QCOMPARE(text(pod["serviceAccountName"]), text(only(all, "ServiceAccount")["metadata"]["name"]));
    QVERIFY(isTrue(pod["securityContext"]["runAsNonRoot"]));
    QVERIFY(pod["securityContext"]["runAsUser"].as<int>() > 0);
    QCOMPARE(text(pod["securityContext"]["seccompProfile"]["type"]), QStringLiteral("RuntimeDefault"));
    for (const char *host : {"hostNetwork", "hostPID", "hostIPC"})
        QVERIFY2(!isTrue(pod[host]), host);
    for (const auto &volume : pod["volumes"])
        QVERIFY(!volume["hostPath"]);
    QVERIFY(!pod["initContainers"]);
    QVERIFY(pod["containers"].size() == 1);
    for (const auto &container : pod["containers"]) {
        const YAML::Node security = container["securityContext"];
        QVERIFY(security);
        QVERIFY(isTrue(security["runAsNonRoot"]));
        QVERIFY(security["allowPrivilegeEscalation"] && !security["allowPrivilegeEscalation"].as<bool>());
        QVERIFY(isTrue(security["readOnlyRootFilesystem"]));
        QVERIFY(!isTrue(security["privileged"]));
        QCOMPARE(texts(security["capabilities"]["drop"]), QStringList{QStringLiteral("ALL")});
        QVERIFY(!security["capabilities"]["add"]);
        QVERIFY(container["resources"]["limits"]["memory"]);
    }
}

void TestDeploy::cronJobWritesToItsVolume()
{
    const QList<Manifest> all = manifests();
    const YAML::Node pod = only(all, "CronJob")["spec"]["jobTemplate"]["spec"]["template"]["spec"];
    const YAML::Node container = pod["containers"][0];
    const QString command = (texts(container["command"]) + texts(container["args"])).join(u' ');
    QVERIFY2(command.contains(QStringLiteral("kirikae collect --in-cluster --cluster-name ")), qPrintable(command));
    static const QRegularExpression output(QStringLiteral(R"( -o "?(/[^/"$ ]+))"));
    const auto match = output.match(command);
    QVERIFY2(match.hasMatch(), qPrintable(command));
    // The output folder is a mounted volume, the claim the files create; /tmp is writable for HOME.
    QString volume;
    QSet<QString> mounts;
    for (const auto &mount : container["volumeMounts"]) {
        mounts.insert(text(mount["mountPath"]));
        if (text(mount["mountPath"]) == match.captured(1))
            volume = text(mount["name"]);
        QVERIFY(!isTrue(mount["readOnly"]));
    }
    QVERIFY2(!volume.isEmpty(), qPrintable(match.captured(1)));
    QVERIFY(mounts.contains(QStringLiteral("/tmp")));
    QString claim;
    for (const auto &v : pod["volumes"])
        if (text(v["name"]) == volume)
            claim = text(v["persistentVolumeClaim"]["claimName"]);
    QCOMPARE(claim, text(only(all, "PersistentVolumeClaim")["metadata"]["name"]));
}

void TestDeploy::kustomizationListsEveryFile()
{
    const YAML::Node kustomization =
        YAML::LoadFile(QDir(deployDir()).filePath(QStringLiteral("kustomization.yaml")).toStdString());
    QStringList listed = texts(kustomization["resources"]);
    listed.sort();
    QStringList files = QDir(deployDir()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("kustomization.yaml"));
    QCOMPARE(listed, files);
}

void TestDeploy::containerfileRuntimeHasNoToolchain()
{
    QFile file(QDir(deployDir()).filePath(QStringLiteral("Containerfile")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Instructions with their continuation lines joined; comments dropped.
    QStringList instructions;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#') || trimmed.isEmpty())
            continue;
        if (!instructions.isEmpty() && instructions.last().endsWith(u'\\'))
            instructions.last() = instructions.last().chopped(1) + u' ' + trimmed;
        else
            instructions << trimmed;
    }
    QList<QStringList> stages;
    for (const QString &instruction : instructions) {
        if (instruction.startsWith(QStringLiteral("FROM ")))
            stages << QStringList{};
        QVERIFY(!stages.isEmpty());
        stages.last() << instruction;
    }
    QCOMPARE(stages.size(), 2);
    QVERIFY2(stages.constFirst().constFirst().contains(QStringLiteral("debian:12 AS build")),
             qPrintable(stages.constFirst().constFirst()));
    const QStringList runtime = stages.constLast();
    QVERIFY2(runtime.constFirst().contains(QStringLiteral("debian:12")), qPrintable(runtime.constFirst()));

    QStringList packages;
    static const QRegularExpression install(QStringLiteral(R"(apt-get install ([^&]*))"));
    for (const QString &instruction : runtime)
        for (auto it = install.globalMatch(instruction); it.hasNext();)
            for (const QString &word : it.next().captured(1).split(u' ', Qt::SkipEmptyParts))
                if (!word.startsWith(u'-'))
                    packages << word;
    for (const char *needed : {"libqt6core6", "libqt6gui6", "libyaml-cpp0.7", "libyaml-0-2", "libsimdjson14",
                               "libcurl4", "libgvc6", "fonts-noto-cjk"})
        QVERIFY2(packages.contains(QLatin1StringView(needed)), needed);
    static const QRegularExpression toolchain(QStringLiteral(
        R"(^(g\+\+|gcc|clang.*|cmake|ninja-build|make|pkgconf|build-essential|.*-dev|qt6-.*-tools.*)$)"));
    for (const QString &package : packages)
        QVERIFY2(!toolchain.match(package).hasMatch(), qPrintable(package));
    // Only the built binary comes from the first stage; the sources stay there.
    for (const QString &instruction : runtime)
        if (instruction.startsWith(QStringLiteral("COPY ")))
            QVERIFY2(instruction.contains(QStringLiteral("--from=build")), qPrintable(instruction));
    QString user;
    for (const QString &instruction : runtime)
        if (instruction.startsWith(QStringLiteral("USER ")))
            user = instruction.mid(5).section(u':', 0, 0);
    QVERIFY2(user.toInt() > 0, qPrintable(user)); // numeric, so runAsNonRoot can verify it
}

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
