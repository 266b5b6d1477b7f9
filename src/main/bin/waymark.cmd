@echo off
rem waymark.cmd: the Windows twin of bin/waymark (read that script for why each flag is there).
rem Runs waymark.jar, in the folder above this one, in one JVM with flags for a short batch job,
rem then %JAVA_OPTS%, then %WAYMARK_OPTS% (later flags win). Java is %JAVA_HOME%\bin\java.exe,
rem or java on the PATH.
setlocal
set "WAYMARK_HOME=%~dp0.."
set "WAYMARK_JAR=%WAYMARK_HOME%\waymark.jar"
if not exist "%WAYMARK_JAR%" (
  echo waymark: %WAYMARK_JAR% is missing; run 'mvn package' first 1>&2
  exit /b 2
)

set "WAYMARK_JAVA=java"
if defined JAVA_HOME set "WAYMARK_JAVA=%JAVA_HOME%\bin\java.exe"

set "WAYMARK_TUNED=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:InitialRAMPercentage=3.125 -XX:TenuredGenerationSizeIncrement=100 -Xss4m"
rem The client compiler for serve too: with both, its first build was far slower and its saves no quicker.
set "WAYMARK_CDS="
if exist "%WAYMARK_HOME%\waymark.jsa" set "WAYMARK_CDS="-XX:SharedArchiveFile=%WAYMARK_HOME%\waymark.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
rem Unlike bin/waymark, this does not check waymark.jsa.jar: a copy of the package moved elsewhere
rem starts without any archive (Java sets this one aside, and the JDK's own with it).
rem waymark.aot, the ahead-of-time cache mvn package makes when it runs on Java 25 or later,
rem is used by bin/waymark only: from such a package, this script runs Java without an archive.

"%WAYMARK_JAVA%" %WAYMARK_TUNED% %WAYMARK_CDS% %JAVA_OPTS% %WAYMARK_OPTS% -jar "%WAYMARK_JAR%" %*
exit /b %ERRORLEVEL%
