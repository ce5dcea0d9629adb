#include "connectionpanel/InvalidationBanner.h"

#include "common/Icons.h"
#include "common/WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cad {

InvalidationBanner::InvalidationBanner(QWidget *parent)
    : QFrame(parent)
    , m_connectAgain(new QPushButton(Icons::icon(Icons::Icon::Connect), tr("Connect &Again"), this))
{
    setObjectName(QStringLiteral("invalidationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#invalidationBanner { background: #fff4d6; border: 1px solid #e0b44c; "
                                 "border-radius: 4px; } #invalidationBanner QLabel { color: #5a4300; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(Icons::Icon::Warning).pixmap(16, 16));
    auto *text =
        new WrappingLabel(tr("The design-time connection no longer matches the design. Create it again to test "
                             "the current authentication."),
                          this);
    text->setObjectName(QStringLiteral("invalidationText"));
    text->setWordWrap(true);
    m_connectAgain->setObjectName(QStringLiteral("connectAgainButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(m_connectAgain);
    connect(m_connectAgain, &QPushButton::clicked, this, &InvalidationBanner::connectAgainRequested);
}

} // namespace cad
