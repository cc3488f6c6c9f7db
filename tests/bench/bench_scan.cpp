// Manifest scan benchmark: 10,000 manifest documents (about 40 MB) scanned, against only reading the files.
#include "analysis/manifestscanner.h"
#include "core/catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace kirikae;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // 100 files of 100 documents; one document in ten uses a removed API. Each document carries a realistic
    // Deployment body (containers, env, probes) to reach ~4 KB.
    QByteArray body;
    for (int i = 0; i < 40; ++i)
        body += "        - name: ENV_VARIABLE_NUMBER_" + QByteArray::number(i) +
                "\n          value: \"some value of a "
                "typical length for configuration " +
                QByteArray::number(i) + "\"\n";
    qint64 bytes = 0;
    for (int f = 0; f < 100; ++f) {
        QByteArray text;
        for (int d = 0; d < 100; ++d) {
            const bool old = d % 10 == 0;
            text += "---\n# Source: app/templates/deployment-" + QByteArray::number(d) +
                    ".yaml\napiVersion: " + (old ? "extensions/v1beta1" : "apps/v1") +
                    "\nkind: Deployment\nmetadata:\n  name: app-" + QByteArray::number(f * 100 + d) +
                    "\n  namespace: team\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n"
                    "      - name: app\n        image: registry.example.com/app:1.2.3\n        env:\n" +
                    body;
        }
        QFile file(dir.filePath(QStringLiteral("m%1.yaml").arg(f)));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(text);
        bytes += text.size();
    }

    QElapsedTimer timer;
    timer.start();
    qint64 read = 0;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            read += file.readAll().size();
    }
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;

    const Catalogs catalogs = Catalogs::builtIn();
    ManifestScanner scanner(catalogs.deprecatedApis, {1, 25});
    ScanResult result;
    timer.restart();
    scanner.scanPath(dir.path(), result);
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("scan: %d documents, %.1f MB, %lld findings, %lld errors\n", result.documents, double(bytes) / 1e6,
                qint64(result.findings.size()), qint64(result.errors.size()));
    const bool ok = scanSeconds <= 3.0 && result.documents == 10000 && result.findings.size() == 1000;
    std::printf("%-58s %10.2f s    target <= 3.00  %s\n", "10,000 manifest documents (~40 MB) scanned", scanSeconds,
                ok ? "ok" : "MISSED");
    std::printf("%-58s %10.2f s    (scan is %.1fx reading)\n", "only reading the same files", readSeconds,
                scanSeconds / std::max(readSeconds, 1e-6));
    (void)read;
    return ok ? 0 : 1;
}
