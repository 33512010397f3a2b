// ui/ grows with the desktop-app issue.
namespace carteiro { int uiLibraryVersion() { return 1; } }
