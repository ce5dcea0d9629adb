#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/// The values file of `--values FILE`: property values for a command, kept out of the command line
/// (and so out of `ps` and shell history).
///
/// Two forms, told apart by the first character that is not white space:
///   { ... }   a JSON object: "NAME": value, where value is a string, a number or true/false
///   else      .env lines: NAME=VALUE; blank lines and lines starting with # are skipped; an
///             optional "export " before NAME; VALUE as it is (trimmed; " #" starts a comment), or
///             in 'single quotes' (taken literally) or "double quotes" (with \n, \t, \", \\)
/// Errors name the file and the line, never a value: values files hold secrets.
namespace cad::cli::ValuesFile {

using Values = QList<QPair<QString, QString>>; ///< in file order

[[nodiscard]] Result<Values> parse(const QByteArray &bytes, const QString &fileName);
/// Reads @p path (at most 1 MiB) and parses it.
[[nodiscard]] Result<Values> read(const QString &path);

} // namespace cad::cli::ValuesFile
