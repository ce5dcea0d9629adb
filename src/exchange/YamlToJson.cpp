#include "exchange/YamlToJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMultiHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <new>
#include <string>

namespace cad {

namespace {

// A sequence or mapping converted once, with what it counted against the budget: an alias to it
// counts the same again without being walked again, so an alias bomb is refused after a few
// dozen nodes instead of two million.
struct Converted
{
    YAML::Node node;
    QJsonValue value;
    qsizetype nodes = 0;
    qsizetype textBytes = 0;
    int height = 0; // how much deeper than the node itself its deepest descendant is
};

struct Budget
{
    qsizetype nodes = 0;
    qsizetype textBytes = 0;
    int deepest = 0; // the deepest nesting converted so far
    QString error;
    QMultiHash<qsizetype, Converted> converted; // by the position of the node in the text
};

bool overBudget(Budget &budget)
{
    if (budget.nodes > YamlToJson::MaxNodes) {
        budget.error =
            QCoreApplication::translate("cad::YamlToJson", "the YAML expands to too many nodes (an alias bomb?)");
        return true;
    }
    if (budget.textBytes > YamlToJson::MaxTextBytes) {
        budget.error =
            QCoreApplication::translate("cad::YamlToJson", "the YAML expands to too much text (an alias bomb?)");
        return true;
    }
    return false;
}

QJsonValue plainScalar(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression trueRe(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullRe.match(s).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (trueRe.match(s).hasMatch())
        return true;
    if (falseRe.match(s).hasMatch())
        return false;
    if (intRe.match(s).hasMatch() || floatRe.match(s).hasMatch()) {
        // Keep long digit strings (IDs) exact: only numbers a double holds exactly become numbers.
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && s.size() <= 15)
            return d;
    }
    return s;
}

bool tooDeep(int depth, Budget &budget)
{
    if (depth <= YamlToJson::MaxDepth)
        return false;
    budget.error =
        QCoreApplication::translate("cad::YamlToJson", "the YAML is nested too deeply, or an alias refers to itself");
    return true;
}

bool convertContainer(const YAML::Node &node, int depth, Budget &budget, QJsonValue &out);

bool convertNode(const YAML::Node &node, int depth, Budget &budget, QJsonValue &out)
{
    ++budget.nodes;
    if (overBudget(budget) || tooDeep(depth, budget))
        return false;
    budget.deepest = std::max(budget.deepest, depth);
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out = QJsonValue(QJsonValue::Null);
        return true;
    case YAML::NodeType::Scalar: {
        const std::string &text = node.Scalar();
        budget.textBytes += static_cast<qsizetype>(text.size());
        if (overBudget(budget))
            return false;
        // yaml-cpp tags plain (unquoted) scalars "?" and quoted ones "!".
        out = node.Tag() == "?" ? plainScalar(text) : QJsonValue(QString::fromStdString(text));
        return true;
    }
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map:
        return convertContainer(node, depth, budget, out);
    }
    out = QJsonValue(QJsonValue::Null);
    return true;
}

bool convertContainer(const YAML::Node &node, int depth, Budget &budget, QJsonValue &out)
{
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
        // An alias is the node it refers to: the same position, and the same node.
        for (auto it = budget.converted.constFind(mark.pos); it != budget.converted.cend() && it.key() == mark.pos;
             ++it) {
            if (!it->node.is(node))
                continue;
            budget.nodes += it->nodes - 1; // this node was counted by the caller
            budget.textBytes += it->textBytes;
            if (overBudget(budget) || tooDeep(depth + it->height, budget))
                return false;
            budget.deepest = std::max(budget.deepest, depth + it->height);
            out = it->value;
            return true;
        }
    }
    const qsizetype nodesBefore = budget.nodes - 1;
    const qsizetype textBefore = budget.textBytes;
    const int deepestBefore = budget.deepest;
    budget.deepest = depth;
    if (node.Type() == YAML::NodeType::Sequence) {
        QJsonArray array;
        for (const YAML::Node &child : node) {
            QJsonValue v;
            if (!convertNode(child, depth + 1, budget, v))
                return false;
            array.append(v);
        }
        out = array;
    } else {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) {
                budget.error = QCoreApplication::translate(
                    "cad::YamlToJson", "a mapping key is not a plain text (complex keys are not supported)");
                return false;
            }
            QJsonValue v;
            if (!convertNode(it->second, depth + 1, budget, v))
                return false;
            object.insert(QString::fromStdString(it->first.Scalar()), v);
        }
        out = object;
    }
    const int height = budget.deepest - depth;
    budget.deepest = std::max(budget.deepest, deepestBefore);
    if (!mark.is_null())
        budget.converted.insert(
            mark.pos, Converted{node, out, budget.nodes - nodesBefore, budget.textBytes - textBefore, height});
    return true;
}

} // namespace

Result<QJsonValue> YamlToJson::convert(const QByteArray &yaml)
{
    const QString hint = QCoreApplication::translate(
        "cad::YamlToJson", "Check that the file is a valid OpenAPI, Swagger or Postman description in JSON or YAML.");
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Budget budget;
        QJsonValue out;
        if (!convertNode(root, 0, budget, out))
            return Error{budget.error, hint};
        return out;
    } catch (const YAML::ParserException &e) {
        return Error{QCoreApplication::translate("cad::YamlToJson", "the YAML is not valid: %1 (line %2, column %3)")
                         .arg(QString::fromStdString(e.msg))
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1),
                     hint};
    } catch (const YAML::Exception &e) {
        return Error{QCoreApplication::translate("cad::YamlToJson", "the YAML cannot be read: %1")
                         .arg(QString::fromStdString(e.msg)),
                     hint};
    } catch (const std::bad_alloc &) {
        return Error{QCoreApplication::translate("cad::YamlToJson", "the YAML needs too much memory to read"), hint};
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("cad::YamlToJson", "the YAML cannot be read: %1")
                         .arg(QString::fromUtf8(e.what())),
                     hint};
    }
}

} // namespace cad
