; Windows installer for kbtdesk (Inno Setup 6).
;
; Per machine by default (Program Files, for every user: what software deployment from SCCM or
; Intune wants, and where AppLocker and WDAC allow programs to run), per user on request
; (/CURRENTUSER, or the choice Setup offers someone without administrator rights).
;
; Build on Windows from the project root, after the PyInstaller folder exists (packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\kbtdesk.iss
; Signed, with a Sign Tool named "kbtdesksign" defined on the command line (or in the IDE):
;   iscc /DAppVersion=0.1.0 /DSignTool=kbtdesksign "/Skbtdesksign=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /n $qRegion X$q $f" packaging\windows\kbtdesk.iss
; The result is dist\kbtdesk-<version>-setup.exe. Silent lines: docs/admin-guide.md.

#ifndef AppVersion
  ; Pass the version from pyproject.toml with /DAppVersion=...; this default marks a build that
  ; forgot to.
  #define AppVersion "0.0.0"
#endif
#define AppName "kbtdesk"
#define AppExeName "kbtdesk.exe"
#define CliExeName "kbtdesk-cli.exe"
; PyInstaller's one-folder bundle: the two programs and, beside them, ContentsDir with everything
; else (contents_directory in packaging/kbtdesk.spec).
#define BundleDir "..\..\dist\kbtdesk"
#define ContentsDir "_internal"

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
; Administrative install mode by default: {autopf} is Program Files, {autoprograms} the Start menu
; of all users. /CURRENTUSER (or the dialog) switches to %LOCALAPPDATA%\Programs for one user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
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
; The "addtopath" task changes PATH: tell Explorer and other programs to reload it.
ChangesEnvironment=yes
#ifdef SignTool
; Signs Setup, the uninstaller (and Setup's temporary copies of itself) and, through the
; signonce flag in [Files], the two programs.
SignTool={#SignTool}
SignedUninstaller=yes
#else
; Unsigned build (no /DSignTool=...): fine for testing; deployment usually wants it signed.
SignedUninstaller=no
#endif

[Languages]
; Swedish first: it is the default when Windows' language does not pick one.
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.AddToPath=Lägg kbtdesk-cli i PATH (kommandoraden i varje terminalfönster)
english.AddToPath=Add kbtdesk-cli to PATH (the command line in every terminal window)
swedish.CommandLine=Kommandorad:
english.CommandLine=Command line:
swedish.SystemProfileRefused=kbtdesk installeras inte för kontot SYSTEM (programmet skulle hamna i systemprofilen, där ingen användare når det). Installera för alla användare med /ALLUSERS.
english.SystemProfileRefused=kbtdesk is not installed for the SYSTEM account (the program would land in the system profile, where no user can reach it). Install for all users with /ALLUSERS.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's contents folder whole, so that no file of an older version
; (a Qt plugin, a library since dropped) stays behind. Only the program folder is touched.
Type: filesandordirs; Name: "{app}\{#ContentsDir}"

[Files]
; The two programs, signed at compile time when a SignTool is set (signonce: not twice).
Source: "{#BundleDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#BundleDir}\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion signonce
; Everything else of the PyInstaller folder: the contents folder with Python, Qt and the data.
Source: "{#BundleDir}\*"; Excludes: "\{#AppExeName},\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; postinstall runs it as the user who started Setup (runasoriginaluser), not elevated.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; There is deliberately no [UninstallDelete] section. The uninstaller removes only the files it
; installed in {app}. The therapist's encrypted log, its key file, its backups and its settings
; live in %LOCALAPPDATA%\kbtdesk\kbtdesk (platformdirs user_data_path("kbtdesk", "kbtdesk",
; roaming=False)) of each user and must survive an uninstall or an upgrade: never add an entry
; that deletes {localappdata}\kbtdesk or anything in it.

[Code]
const
  SystemEnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  UserEnvironmentKey = 'Environment';

{ --- PATH editing: pure string functions (tests/packaging compiles and runs these with Free Pascal) --- }

{ The folder as PATH entries name it: no trailing backslash, compared without regard to case. }
function SameFolder(const Entry, Folder: String): Boolean;
var
  A, B: String;
begin
  A := Trim(Entry);
  B := Trim(Folder);
  { Copy(S, Length(S), 1) is the last character, or '' for an empty S. "C:\" keeps its backslash. }
  while (Length(A) > 3) and (Copy(A, Length(A), 1) = '\') do
    A := Copy(A, 1, Length(A) - 1);
  while (Length(B) > 3) and (Copy(B, Length(B), 1) = '\') do
    B := Copy(B, 1, Length(B) - 1);
  Result := CompareText(A, B) = 0;
end;

{ Does the semicolon-separated Path hold Folder as one whole entry? }
function PathHasFolder(const Path, Folder: String): Boolean;
var
  Rest, Entry: String;
  Cut: Integer;
begin
  Result := False;
  Rest := Path + ';';
  while Rest <> '' do
  begin
    Cut := Pos(';', Rest);
    Entry := Copy(Rest, 1, Cut - 1);
    Rest := Copy(Rest, Cut + 1, Length(Rest));
    if SameFolder(Entry, Folder) then
    begin
      Result := True;
      Exit;
    end;
  end;
end;

{ Path with Folder appended, unless it is there already. }
function PathWithFolder(const Path, Folder: String): String;
begin
  if PathHasFolder(Path, Folder) then
    Result := Path
  else if (Path = '') or (Copy(Path, Length(Path), 1) = ';') then
    Result := Path + Folder
  else
    Result := Path + ';' + Folder;
end;

{ Path without any entry naming Folder; every other entry, empty ones included, stays as it was. }
function PathWithoutFolder(const Path, Folder: String): String;
var
  Rest, Entry: String;
  Cut: Integer;
  First: Boolean;
begin
  Result := '';
  First := True;
  Rest := Path + ';';
  while Rest <> '' do
  begin
    Cut := Pos(';', Rest);
    Entry := Copy(Rest, 1, Cut - 1);
    Rest := Copy(Rest, Cut + 1, Length(Rest));
    if not SameFolder(Entry, Folder) then
    begin
      if not First then
        Result := Result + ';';
      Result := Result + Entry;
      First := False;
    end;
  end;
end;

{ --- end of the pure string functions --- }

{ Per machine: the system PATH; per user: that user's PATH. }
function EnvironmentRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey: String;
begin
  if IsAdminInstallMode then
    Result := SystemEnvironmentKey
  else
    Result := UserEnvironmentKey;
end;

{ Read and written as they are (REG_EXPAND_SZ), so %SystemRoot% and the like stay unexpanded. }
procedure AddToPath(const Folder: String);
var
  Path: String;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Path) then
    Path := '';
  if not PathHasFolder(Path, Folder) then
    RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', PathWithFolder(Path, Folder));
end;

procedure RemoveFromPath(const Folder: String);
var
  Path: String;
begin
  if RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Path) and PathHasFolder(Path, Folder) then
    RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', PathWithoutFolder(Path, Folder));
end;

{ The SYSTEM account (and the service accounts) have their profile under the Windows folder. }
function InServiceProfile: Boolean;
var
  Profile: String;
begin
  Profile := Lowercase(GetEnv('USERPROFILE'));
  Result := (Pos('\config\systemprofile', Profile) > 0) or (Pos('\serviceprofiles\', Profile) > 0);
end;

{ A deployment tool running as SYSTEM with /CURRENTUSER would install into the system profile:
  refuse (exit code 7) and say to use /ALLUSERS. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  if not IsAdminInstallMode and InServiceProfile then
    Result := CustomMessage('SystemProfileRefused');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

{ Whether or not the task was chosen: an entry naming the program folder goes with the program. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
