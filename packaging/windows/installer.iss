; Inno Setup 6.3+ script: per-user install without admin rights, or per-machine when run by an administrator.
;
; Built by packaging/build.py --package, which passes every value below with /D from packaging/project.py and
; pyproject.toml (single source of name, version and ids). By hand:
;   iscc /DAppName="Boot Integrity Wizard" /DAppVersion=0.1.0 ... packaging\windows\installer.iss
; Silent installs: Setup.exe /VERYSILENT /CURRENTUSER   (per user, no UAC prompt)
;                  Setup.exe /VERYSILENT /ALLUSERS      (per machine, needs an elevated caller)

#ifndef AppVersion
  #error Run packaging/build.py --package: it defines AppName, AppVersion, SourceDir and the other values.
#endif

[Setup]
; AppId identifies the product across upgrades; "{{" is Inno's escape for a literal brace.
AppId={{{#AppGuid}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#WinVersion}
VersionInfoProductVersion={#WinVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; {autopf} is Program Files for an administrative install and %LOCALAPPDATA%\Programs for a per-user one.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Start per user without elevation; the dialog (or /ALLUSERS on the command line) offers per machine.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto
#ifdef SignTool
; build.py passes /Ssigntool=... when signing is configured; this signs Setup.exe and the uninstaller.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer PyInstaller no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
