#pragma once

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kirikae::cli {

/// UTF-8 standard output and error streams.
QTextStream &out();
QTextStream &err();

/// Prints a JSON document, indented, to standard output.
void printJson(const QJsonDocument &document);

/// Prints rows as aligned columns (by display width, so Japanese text lines up) under a header.
void printTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace kirikae::cli
