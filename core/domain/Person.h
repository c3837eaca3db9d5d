#pragma once

#include <QString>

namespace daicho {

// 職員等 (第4条), part-time staff included.
struct Person {
    qint64 id = 0;
    QString name;
    QString nameKana;
    QString title; // 職名, e.g. 課長
    QString email;
    qint64 unitId = 0; // where the person works; 0 when unknown
    bool partTime = false;
    bool active = true;
};

} // namespace daicho
