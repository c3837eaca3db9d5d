#pragma once

#include <QString>

#include <optional>

namespace daicho {

// The text encodings of a ledger CSV file: UTF-8, or CP932 (Shift_JIS as Windows and Japanese
// Excel write it). Auto is for reading only: the reader looks at the file and picks one.
enum class CsvEncoding { Auto, Utf8, Cp932 };

// "auto", "utf-8"/"utf8", "cp932"/"shift_jis"/"sjis"/"windows-31j" (case-insensitive) → value; nullopt otherwise.
// "shift-jis" and "ms932" are accepted too, as other programs spell them so.
std::optional<CsvEncoding> csvEncodingFromName(const QString& name);
// "auto", "utf-8", "cp932": the names csvEncodingFromName() reads back.
QString csvEncodingName(CsvEncoding e);
// The encoding's proper name for messages ("UTF-8", "Shift_JIS (CP932)"); not translated.
QString csvEncodingDisplayName(CsvEncoding e);

// CP932 as QStringDecoder/QStringEncoder know it (through ICU): it includes NEC and IBM extensions
// such as ① and 髙, and maps 0x8160 to ～ (U+FF5E) as Windows does.
inline constexpr char kCp932CodecName[] = "windows-31j";

// Control characters mark a file as binary, not text: the reader refuses them and the writer never
// writes them, so whatever is exported can be imported. Tab, LF, VT, FF and CR are text.
constexpr bool isCsvForbiddenCharacter(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r') || c == 0x7F;
}

} // namespace daicho
