"""The Windows installer script (packaging/windows/kbtdesk.iss), read the way Inno Setup reads it.

Inno Setup does not run here. What can be checked without it is checked: the script goes through
a small stand-in for Inno's preprocessor (so both the signed and the unsigned build are read),
its sections are parsed as the INI-like text they are, it is held against what the PyInstaller
spec builds for Windows, and the functions that edit PATH are compiled with Free Pascal and run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.packaging.test_packaging import ROOT, run_spec

ISS = ROOT / "packaging" / "windows" / "kbtdesk.iss"
APP_ID_GUID = "23B33451-A6F0-4E61-829F-AC3ECFB9BF19"  # the one of every release so far
# Messages that Inno Setup's own Default.isl and Swedish.isl define.
STANDARD_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


# --- reading the script -------------------------------------------------------------------------

def preprocess(text: str, defines: dict[str, str] | None = None) -> list[str]:
    """The lines Inno Setup's compiler sees after its preprocessor, for the given /D defines.

    Handles what the script uses: #define, #ifdef, #ifndef, #else, #endif and {#Name}. An #if is
    one of the script's checks of the build machine (a file exists); it is taken as passed, so its
    branch, which may only hold an #error, is left out.
    """
    values = dict(defines or {})
    taken = [True]
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        directive = re.match(r"#(\w+)\s*(.*)", line)
        if directive:
            word, rest = directive.groups()
            if word in ("ifdef", "ifndef"):
                taken.append(taken[-1] and ((rest in values) == (word == "ifdef")))
            elif word == "if":
                taken.append(False)
            elif word == "else":
                taken[-1] = not taken[-1] and taken[-2]
            elif word == "endif":
                taken.pop()
            elif word == "define" and taken[-1]:
                name, value = re.fullmatch(r'(\w+)\s+"(.*)"', rest).groups()
                values[name] = value
            elif word == "error":
                assert not taken[-1], f"the script stops the build: {rest}"
            continue
        if taken[-1]:
            out.append(re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], raw))
    assert taken == [True], "unbalanced #if/#endif"
    return out


def sections(defines: dict[str, str] | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for raw in preprocess(ISS.read_text(encoding="utf-8"), defines):
        line = raw.strip()
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        elif current == "Code":
            found[current].append(raw)
        elif line and not line.startswith(";") and current is not None:
            found[current].append(line)
    return found


def setup(defines: dict[str, str] | None = None) -> dict[str, str]:
    directives: dict[str, str] = {}
    for line in sections(defines)["Setup"]:
        key, _, value = line.partition("=")
        assert key.strip() not in directives, f"{key} set twice"
        directives[key.strip()] = value.strip()
    return directives


def entries(section: str, defines: dict[str, str] | None = None) -> list[dict[str, str]]:
    """`Name: "x"; Flags: a b` lines as dicts, quotes removed (semicolons inside quotes kept)."""
    parsed = []
    for line in sections(defines).get(section, []):
        params = {}
        for part in re.findall(r'(?:[^;"]|"[^"]*")+', line):
            key, _, value = part.strip().partition(":")
            params[key.strip()] = value.strip().strip('"')
        parsed.append(params)
    return parsed


def code(defines: dict[str, str] | None = None) -> str:
    return "\n".join(sections(defines)["Code"])


def custom_messages() -> dict[str, dict[str, str]]:
    messages: dict[str, dict[str, str]] = {}
    for line in sections()["CustomMessages"]:
        key, _, text = line.partition("=")
        language, _, name = key.partition(".")
        messages.setdefault(name, {})[language] = text
    return messages


def from_script(relative: str) -> Path:
    """A path the script gives relative to its own folder, Windows-style, as a path here."""
    return ISS.parent.joinpath(*PureWindowsPath(relative).parts).resolve()


def flags(entry: dict[str, str]) -> set[str]:
    return set(entry.get("Flags", "").split())


@pytest.fixture
def windows_spec(monkeypatch):
    """The PyInstaller spec as it runs on the Windows build machine."""
    monkeypatch.setattr("sys.platform", "win32")
    return run_spec(monkeypatch)


# --- who it installs for, and where -------------------------------------------------------------

def test_installs_for_all_users_by_default_and_for_one_user_on_request():
    directives = setup()
    assert directives["PrivilegesRequired"] == "admin"
    # commandline: /ALLUSERS and /CURRENTUSER; dialog: Setup asks someone without admin rights.
    assert set(directives["PrivilegesRequiredOverridesAllowed"].split()) == {"commandline", "dialog"}
    # {autopf} is Program Files in administrative mode, %LOCALAPPDATA%\Programs per user.
    assert directives["DefaultDirName"] == "{autopf}\\kbtdesk"


def test_everything_goes_where_the_install_mode_says():
    """Fixed per-user or all-users folders would put files of a per-machine install in one profile."""
    for entry in entries("Files"):
        assert entry["DestDir"] == "{app}", entry
    for entry in entries("Icons"):
        assert entry["Name"].startswith(("{autoprograms}\\", "{autodesktop}\\")), entry
    fixed = re.compile(r"\{(localappdata|userappdata|userprograms|userdesktop|commonprograms|"
                       r"commondesktop|commonpf|userpf|pf)\}", re.I)
    for name in ("Files", "Icons", "InstallDelete", "Run", "Setup"):
        for line in sections()[name]:
            assert not fixed.search(line), line


def test_a_system_context_install_for_one_user_is_refused():
    """SCCM and Intune run as SYSTEM: /CURRENTUSER there would install into the system profile."""
    source = code()
    prepare = re.search(r"function PrepareToInstall\(var NeedsRestart: Boolean\): String;(.*?)\nend;", source,
                        re.S).group(1)
    assert "not IsAdminInstallMode and InServiceProfile" in prepare
    assert "CustomMessage('SystemProfileRefused')" in prepare
    profile = re.search(r"function InServiceProfile: Boolean;(.*?)\nend;", source, re.S).group(1)
    assert "GetEnv('USERPROFILE')" in profile and "'\\config\\systemprofile'" in profile
    refusal = custom_messages()["SystemProfileRefused"]
    assert set(refusal) == {"swedish", "english"}
    assert all("/ALLUSERS" in text for text in refusal.values())


def test_the_app_id_is_the_one_of_every_release():
    """Upgrades and the uninstaller find kbtdesk by this id: a new one would orphan every install."""
    assert setup()["AppId"] == "{{" + APP_ID_GUID + "}"


def test_the_version_comes_from_the_build_command():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^#ifndef AppVersion$", text, re.M)
    assert setup()["AppVersion"] == "0.0.0", "without /DAppVersion the installer must say it was forgotten"
    built = setup({"AppVersion": "1.2.3"})
    assert built["AppVersion"] == "1.2.3"
    assert built["OutputBaseFilename"] == "kbtdesk-1.2.3-setup"


def test_swedish_and_english_swedish_first():
    languages = [entry["MessagesFile"] for entry in entries("Languages")]
    assert languages == ["compiler:Languages\\Swedish.isl", "compiler:Default.isl"]


def test_every_custom_message_used_is_there_in_both_languages():
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8")))
    used |= set(re.findall(r"CustomMessage\('(\w+)'\)", code()))
    messages = custom_messages()
    for name in used - STANDARD_MESSAGES:
        assert set(messages.get(name, {})) == {"swedish", "english"}, name
        assert all(text.strip() for text in messages[name].values()), name


def test_kbtdesk_is_in_the_start_menu():
    [menu] = [entry for entry in entries("Icons") if entry["Name"].startswith("{autoprograms}\\")]
    assert menu["Filename"] == "{app}\\kbtdesk.exe" and "Tasks" not in menu


def test_the_program_started_after_an_interactive_install_is_not_elevated():
    [run] = entries("Run")
    # postinstall runs as the user who started Setup; skipifsilent: never from a deployment.
    assert {"postinstall", "skipifsilent", "nowait"} <= flags(run)
    assert "runascurrentuser" not in flags(run)


# --- the bundle it installs ---------------------------------------------------------------------

def test_it_installs_every_program_the_spec_builds_for_windows(windows_spec):
    programs = {exe.kwargs["name"] + ".exe": exe.kwargs["console"] for exe in windows_spec["_built"]["EXE"]}
    assert programs == {"kbtdesk.exe": False, "kbtdesk-cli.exe": True}  # the window has no console
    files = entries("Files")
    bundle = f"..\\..\\dist\\{windows_spec['_built']['COLLECT'][0].kwargs['name']}"
    single = {entry["Source"]: entry for entry in files if "*" not in entry["Source"]}
    assert set(single) == {f"{bundle}\\{name}" for name in programs}
    [rest] = [entry for entry in files if "*" in entry["Source"]]
    assert rest["Source"] == f"{bundle}\\*"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= flags(rest)
    assert set(rest["Excludes"].split(",")) == {f"\\{name}" for name in programs}
    # The spec's folder, seen from the script's folder, is where `pyinstaller packaging\kbtdesk.spec`
    # run from the project root puts it.
    assert from_script(bundle) == ROOT / "dist" / "kbtdesk"
    assert from_script(setup()["SetupIconFile"]) == Path(windows_spec["_built"]["EXE"][0].kwargs["icon"])


def test_an_upgrade_replaces_the_contents_folder_whole(windows_spec):
    """Files an older version had in _internal (a dropped plugin, an old library) must not stay."""
    contents = {exe.kwargs["contents_directory"] for exe in windows_spec["_built"]["EXE"]}
    assert contents == {"_internal"}
    assert entries("InstallDelete") == [{"Type": "filesandordirs", "Name": "{app}\\_internal"}]


def test_the_uninstaller_never_deletes_the_log_or_backups():
    found = sections()
    assert "UninstallDelete" not in found
    for entry in entries("InstallDelete"):
        name = entry["Name"]
        assert name.startswith("{app}\\") and ".." not in name and "*" not in name, name
    assert not re.search(r"DelTree|DeleteFile|RemoveDir", code()), "the [Code] section deletes files"


# --- signing ------------------------------------------------------------------------------------

def test_an_unsigned_build_is_possible():
    directives = setup()
    assert "SignTool" not in directives
    assert directives["SignedUninstaller"] == "no"


def test_a_signed_build_signs_setup_the_uninstaller_and_both_programs():
    directives = setup({"SignTool": "kbtdesksign"})
    assert directives["SignTool"] == "kbtdesksign"
    assert directives["SignedUninstaller"] == "yes"
    programs = [entry for entry in entries("Files", {"SignTool": "kbtdesksign"}) if "*" not in entry["Source"]]
    # signonce: Inno signs them at compile time (and not a second time if they come signed); the
    # flag is ignored when no SignTool is set, so the unsigned build keeps it.
    assert len(programs) == 2 and all("signonce" in flags(entry) for entry in programs)


# --- the command line on PATH -------------------------------------------------------------------

def test_path_is_an_unchecked_task_and_windows_is_told_when_it_changes():
    [task] = [entry for entry in entries("Tasks") if entry["Name"] == "addtopath"]
    assert "unchecked" in flags(task)
    assert task["Description"] == "{cm:AddToPath}"
    assert setup()["ChangesEnvironment"] == "yes"


def test_path_is_added_for_the_task_and_removed_on_uninstall():
    source = code()
    step = re.search(r"procedure CurStepChanged\(CurStep: TSetupStep\);(.*?)\nend;", source, re.S).group(1)
    assert "WizardIsTaskSelected('addtopath')" in step and "AddToPath(ExpandConstant('{app}'))" in step
    uninstall = re.search(r"procedure CurUninstallStepChanged\(CurUninstallStep: TUninstallStep\);(.*?)\nend;",
                          source, re.S).group(1)
    assert "usPostUninstall" in uninstall and "RemoveFromPath(ExpandConstant('{app}'))" in uninstall
    # A registry entry flagged uninsdeletevalue on Path would delete the user's whole PATH.
    assert not any(entry.get("ValueName", "").lower() == "path" for entry in entries("Registry"))


def test_path_goes_to_the_machine_or_the_user_by_install_mode():
    source = code()
    assert re.search(r"if IsAdminInstallMode then\s+Result := HKEY_LOCAL_MACHINE\s+else\s+"
                     r"Result := HKEY_CURRENT_USER", source)
    assert "'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment'" in source
    # REG_EXPAND_SZ, as Windows keeps PATH: %SystemRoot% and the like stay references.
    assert "RegWriteExpandStringValue" in source and "RegWriteStringValue" not in source


# The PATH functions themselves, compiled with Free Pascal (Delphi mode, which Inno's Pascal
# Script follows for these string routines) and run on generated PATH values.
PASCAL_START = "{ --- PATH editing: pure string functions"
PASCAL_END = "{ --- end of the pure string functions --- }"
PASCAL_PROGRAM = """program pathcheck;
{$mode delphi}{$H+}
uses SysUtils;
%s
var
  Line, Op, Path, Folder: String;
  Tab1, Tab2: Integer;
begin
  while not Eof(Input) do
  begin
    ReadLn(Line);
    Tab1 := Pos(#9, Line);
    Op := Copy(Line, 1, Tab1 - 1);
    Line := Copy(Line, Tab1 + 1, Length(Line));
    Tab2 := Pos(#9, Line);
    Path := Copy(Line, 1, Tab2 - 1);
    Folder := Copy(Line, Tab2 + 1, Length(Line));
    if Op = 'has' then WriteLn(PathHasFolder(Path, Folder))
    else if Op = 'with' then WriteLn('[', PathWithFolder(Path, Folder), ']')
    else WriteLn('[', PathWithoutFolder(Path, Folder), ']');
  end;
end.
"""


@pytest.fixture(scope="module")
def pascal(tmp_path_factory):
    fpc = shutil.which("fpc")
    if not fpc:
        pytest.skip("Free Pascal not installed (scripts/system-deps.sh --test installs fp-compiler)")
    source = ISS.read_text(encoding="utf-8")
    functions = source[source.index(PASCAL_START):source.index(PASCAL_END)]
    folder = tmp_path_factory.mktemp("pascal")
    (folder / "pathcheck.pas").write_text(PASCAL_PROGRAM % functions, encoding="utf-8")
    built = subprocess.run([fpc, "-vew", f"-FE{folder}", str(folder / "pathcheck.pas")],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    binary = folder / "pathcheck"

    def call(op: str, path: str, folder_name: str) -> str | bool:
        done = subprocess.run([binary], input=f"{op}\t{path}\t{folder_name}\n", capture_output=True,
                              text=True, encoding="utf-8", check=True)
        out = done.stdout.rstrip("\n")
        return out == "TRUE" if op == "has" else out[1:-1]

    return call


APP = "C:\\Program Files\\kbtdesk"


@pytest.mark.parametrize(("path", "expected"), [
    ("", APP),
    ("C:\\Windows\\system32", f"C:\\Windows\\system32;{APP}"),
    ("%SystemRoot%\\system32;", f"%SystemRoot%\\system32;{APP}"),
    (f"C:\\bin;{APP.upper()}\\", f"C:\\bin;{APP.upper()}\\"),  # there already, in other case
])
def test_adding_to_path(pascal, path, expected):
    assert pascal("with", path, APP) == expected


@pytest.mark.parametrize(("path", "expected"), [
    (f"C:\\bin;{APP};D:\\tools", "C:\\bin;D:\\tools"),
    (f"{APP}\\;C:\\bin", "C:\\bin"),
    (f"C:\\bin;{APP.lower()}", "C:\\bin"),
    # A folder whose name starts like ours is another folder.
    (f"C:\\bin;{APP}-old;{APP}2", f"C:\\bin;{APP}-old;{APP}2"),
    ("C:\\bin;;D:\\tools", "C:\\bin;;D:\\tools"),
    (APP, ""),
])
def test_removing_from_path(pascal, path, expected):
    assert pascal("without", path, APP) == expected


ENTRY = st.text(st.sampled_from("CDabkt:\\ %_.-()åÖ"), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(ENTRY, max_size=6), st.sampled_from([APP, "C:\\Users\\Åsa Öberg\\AppData\\Local\\Programs\\kbtdesk"]))
def test_path_round_trip_keeps_every_other_entry(pascal, others, folder):
    others = [entry for entry in others if not pascal("has", entry, folder)]
    path = ";".join(others)
    added = pascal("with", path, folder)
    assert pascal("has", added, folder)
    assert pascal("with", added, folder) == added, "added twice"
    removed = pascal("without", added, folder)
    assert not pascal("has", removed, folder)
    assert removed == (path[:-1] if path.endswith(";") else path)
