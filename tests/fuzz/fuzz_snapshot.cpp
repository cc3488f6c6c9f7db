// libFuzzer target: the snapshot reader, and writing back what it read.
#include "snapshot/snapshotfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto snapshot = kirikae::SnapshotFile::fromYaml(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.yaml"), &error);
    if (snapshot) {
        // What was read must write and read back.
        const auto again = kirikae::SnapshotFile::fromYaml(kirikae::SnapshotFile::toYaml(*snapshot),
                                                           QStringLiteral("again.yaml"), &error);
        if (!again)
            __builtin_trap();
    }
    return 0;
}
