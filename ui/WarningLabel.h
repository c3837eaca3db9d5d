#pragma once

#include <QLabel>

namespace daicho {

// The text of a problem the user must see (what stops a save, a refused sign-in): wrapped, in
// the one warning colour of the application.
class WarningLabel : public QLabel {
    Q_OBJECT

public:
    explicit WarningLabel(QWidget* parent = nullptr);
    static QColor colour();
};

} // namespace daicho
