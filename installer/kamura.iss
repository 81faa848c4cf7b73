; Inno Setup 6 script: the Windows installer of Kamura Desktop.
;
; Built by installer/build.py, which runs
;   ISCC /DAppVersion=<version from the package> /DSourceDir=<dist\kamura-desktop> /O<out> installer\kamura.iss
; (see installer/README.md). The installer:
;   - installs per user, without administrator rights, into %LOCALAPPDATA%\Programs\Kamura Desktop;
;   - makes Start-menu shortcuts and (ticked by default) a desktop shortcut;
;   - speaks Indonesian (the default) or English;
;   - never touches the data in %APPDATA%\Kamura (the books, backups) on upgrade; the
;     uninstaller asks whether to remove it, and keeps it unless the user says yes.

#ifndef AppVersion
  #error "AppVersion tidak diberikan: jalankan python installer\build.py (atau ISCC /DAppVersion=0.1.0 ...)"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\dist\kamura-desktop"
#endif
#if !FileExists(AddBackslash(SourceDir) + "kamura-desktop.exe")
  #error "Paket PyInstaller tidak ditemukan di SourceDir: jalankan python installer\build.py dulu"
#endif

; Inno Setup ships Indonesian as an unofficial translation: take installer\Indonesian.isl when
; it was downloaded there, else the compiler's Languages folder (see installer/README.md)
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(CompilerPath + "Languages\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Unofficial\Indonesian.isl"
#else
  #error "Indonesian.isl tidak ditemukan: unduh dari https://jrsoftware.org/files/istrans/ ke folder installer"
#endif

#define AppName "Kamura Desktop"
#define AppExe "kamura-desktop.exe"
#define AppPublisher "Koperasi Awilarangan Mukti Rahayu"

[Setup]
; the AppId ties upgrades and the uninstaller together: never change it
AppId={{B1223F5C-8994-4E68-8B5F-86B1476AFAEC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=(c) {#AppPublisher}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=KamuraDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
; a running Kamura Desktop is closed (after asking) before its files are replaced
CloseApplications=yes
RestartApplications=no
; the same icon as the program (resources\kamura.ico, also in its window title bar)
SetupIconFile=..\resources\kamura.ico
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoProductName={#AppName}

[Languages]
; the first entry is the default when Windows' language is neither
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat pintasan di &Desktop
id.DemoShortcut=Kamura Desktop (koperasi contoh)
id.DataShortcut=Folder data Kamura
id.CommandShortcut=Perintah Kamura (kamura)
id.Launch=Jalankan Kamura Desktop
id.AskRemoveData=Data Kamura (database koperasi dan cadangannya) masih tersimpan di:%n%n%1%n%nHapus juga data ini? Pilih "Tidak" untuk menyimpannya (disarankan: data dapat dipakai lagi bila program dipasang kembali).
id.AskRemoveDataAgain=Yakin? Seluruh buku koperasi dan cadangannya di %1 akan dihapus dan tidak dapat dikembalikan.
id.DataKept=Data Kamura tetap disimpan di %1.
en.DesktopIcon=Create a &desktop shortcut
en.DemoShortcut=Kamura Desktop (example cooperative)
en.DataShortcut=Kamura data folder
en.CommandShortcut=Kamura command (kamura)
en.Launch=Start Kamura Desktop
en.AskRemoveData=Kamura's data (the cooperative's database and its backups) is still kept in:%n%n%1%n%nRemove this data too? Choose "No" to keep it (recommended: it is used again if the program is installed again).
en.AskRemoveDataAgain=Are you sure? All of the cooperative's books and their backups in %1 will be deleted for good.
en.DataKept=Kamura's data is kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the program's libraries whole (stale ones from the previous version
; could be loaded otherwise); the data is not in {app} and is never touched
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\{cm:DataShortcut}"; Filename: "{userappdata}\Kamura"
Name: "{group}\{cm:CommandShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\kamura.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Dirs]
; the data folder the program uses (platformdirs: %APPDATA%\Kamura); made here so the
; shortcut to it works at once. Never listed for deletion.
Name: "{userappdata}\Kamura"; Flags: uninsneveruninstall

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{userappdata}\Kamura');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Dir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Dir := DataDir();
  if not DirExists(Dir) then
    exit;
  { a silent uninstall (or an upgrade script) always keeps the data }
  if UninstallSilent() then
    exit;
  { "No" is the default button: pressing Enter keeps the books }
  if (MsgBox(FmtMessage(CustomMessage('AskRemoveData'), [Dir]), mbConfirmation,
             MB_YESNO or MB_DEFBUTTON2) = IDYES) and
     (MsgBox(FmtMessage(CustomMessage('AskRemoveDataAgain'), [Dir]), mbError,
             MB_YESNO or MB_DEFBUTTON2) = IDYES) then
    DelTree(Dir, True, True, True)
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Dir]), mbInformation, MB_OK);
end;
