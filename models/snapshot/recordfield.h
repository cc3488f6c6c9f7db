#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>

namespace YAML {
class Emitter;
} // namespace YAML

namespace kirikae::yaml {
class TreeNode;
} // namespace kirikae::yaml

namespace kirikae {

/// Whether a snapshot must carry a member: a required text is an error when missing and is written even when empty.
enum class Presence { Optional, Required };

/// The part of an OLM object (a ClusterServiceVersion, a Subscription) that keeps a member.
enum class ObjectPart { None, Metadata, Annotations, Spec, Status };

/**
 * One member of a flat record and how it is kept. The snapshot file reads and writes each record through a table of
 * these, in file order; the OLM tables (olmobjects.h) also say where OLM's own object keeps the member, so that a
 * bundle's manifest, the API server's JSON and the snapshot file share one mapping.
 *
 * Absent members read as the record's default. Text and lists are written when not empty (required text always),
 * numbers always, a flag when it differs from the default, a time when valid.
 */
template <typename T> struct RecordField
{
    /// A member that is not plain (an enum, a map, a list of records): its own reading and writing.
    struct Custom
    {
        std::function<void(T &, const yaml::TreeNode &)> read;
        std::function<void(YAML::Emitter &, const T &)> write;
        /// A list of records: reads one item, so that the file's reader can take each as the parser finishes it.
        std::function<void(T &, const yaml::TreeNode &)> readItem = {};
        /// A mapping that holds some of the record's own members (a section): those members.
        std::shared_ptr<const QList<RecordField<T>>> members = {};
    };
    using Member =
        std::variant<QString T::*, QStringList T::*, int T::*, qint64 T::*, bool T::*, QDateTime T::*, Custom>;

    const char *key; ///< in a snapshot file
    Member member;
    Presence presence = Presence::Optional;
    ObjectPart part = ObjectPart::None; ///< None: a rule derives the member, or only snapshots keep it
    const char *objectKey = nullptr;    ///< the key in that part: "installPlanApproval", "olm.skipRange"
};

} // namespace kirikae
