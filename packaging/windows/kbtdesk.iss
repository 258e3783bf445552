; Windows installer for kbtdesk (Inno Setup 6). Per-user: installs without administrator rights.
; Build on Windows from the project root, after the PyInstaller folder exists (packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\kbtdesk.iss
; The result is dist\kbtdesk-<version>-setup.exe. Silent deployment: /VERYSILENT /CURRENTUSER.

#ifndef AppVersion
  ; Pass the version from pyproject.toml with /DAppVersion=...; this default marks a build that
  ; forgot to.
  #define AppVersion "0.0.0"
#endif
#define AppName "kbtdesk"
#define AppExeName "kbtdesk.exe"
#define BundleDir "..\..\dist\kbtdesk"

#if !FileExists(CompilerPath + "Languages\Swedish.isl")
  #error Inno Setup has no Languages\Swedish.isl: update Inno Setup, or copy Swedish.isl from https://jrsoftware.org/files/istrans/ into its Languages folder
#endif
#if !FileExists(AddBackslash(SourcePath) + BundleDir + "\" + AppExeName)
  #error dist\kbtdesk\kbtdesk.exe is missing: run "pyinstaller packaging\kbtdesk.spec" first
#endif

[Setup]
; The AppId identifies kbtdesk to Windows across versions (upgrades, uninstall). Never change it.
AppId={{23B33451-A6F0-4E61-829F-AC3ECFB9BF19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kbtdesk
AppComments=Checklista och krypterad logg för KBT på nätet / Checklist and encrypted log for internet CBT
; Per user, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kbtdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\kbtdesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running kbtdesk before files are replaced; it commits every save at once.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Swedish first: it is the default when Windows' language does not pick one.
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder program: kbtdesk.exe (window), kbtdesk-cli.exe (command line), _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; There is deliberately no [UninstallDelete] section. The uninstaller removes only the files it
; installed in {app}. The therapist's encrypted log, its key file, its backups and its settings
; live in %LOCALAPPDATA%\kbtdesk\kbtdesk (platformdirs user_data_path("kbtdesk", "kbtdesk",
; roaming=False)) and must survive an uninstall or an upgrade: never add an entry that deletes
; {localappdata}\kbtdesk or anything in it.
