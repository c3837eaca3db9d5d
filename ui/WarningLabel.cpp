#include "WarningLabel.h"

namespace daicho {

WarningLabel::WarningLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, colour());
    setPalette(warning);
}

QColor WarningLabel::colour()
{
    return QColor(0xb7, 0x1c, 0x1c); // dark red: readable on light and grey backgrounds
}

} // namespace daicho
