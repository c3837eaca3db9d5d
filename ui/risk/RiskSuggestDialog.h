#pragma once

#include "service/RiskService.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace daicho {

class Register;

// The usual threats for an asset (RiskSuggester), each with its proposed inputs, figures and the
// reasons it is proposed; the user ticks those to record.
class RiskSuggestDialog : public QDialog {
    Q_OBJECT

public:
    RiskSuggestDialog(Register& reg, const Asset& asset, const QList<RiskService::Suggestion>& suggestions,
                      QWidget* parent = nullptr);

    // The ticked suggestions, as risks to record.
    QList<Risk> chosen() const;
    QStandardItemModel* model() const { return m_model; }

private:
    QList<RiskService::Suggestion> m_suggestions;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

} // namespace daicho
