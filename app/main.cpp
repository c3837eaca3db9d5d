#include "GuiApplication.h"

int main(int argc, char* argv[])
{
    daicho::GuiApplication app(argc, argv);
    return app.exec();
}
