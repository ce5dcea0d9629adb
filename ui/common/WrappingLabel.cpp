#include "common/WrappingLabel.h"

#include <QEvent>

namespace cad {

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Key WrappingLabel::currentKey() const
{
    return {text(),
            contentsMargins(),
            margin(),
            indent(),
            int(alignment()),
            int(textFormat()),
            int(textInteractionFlags()),
            buddy() != nullptr,
            pixmap().cacheKey()};
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!wordWrap())
        return QLabel::heightForWidth(width);
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_answers.fill({});
    }
    for (const Answer &answer : m_answers)
        if (answer.width == width)
            return answer.height;
    const int height = QLabel::heightForWidth(width);
    m_answers[m_next] = {width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A new font or style lays the same text out differently.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LayoutDirectionChange)
        m_answers.fill({});
}

} // namespace cad
