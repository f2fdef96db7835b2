@echo off
rem Dubbelklik: controleer het nieuwste kwartaal in de map inputs.
rem Zonder fouten maakt het de rapporten, met fouten de terugmelding.
rem Daarna gaat de map reports open en blijft dit venster open.
chcp 65001 >nul
cd /d "%~dp0"
echo Het nieuwste kwartaal in de map inputs wordt gecontroleerd...
echo.
algoreg.exe controleer
if errorlevel 2 goto kapot
if errorlevel 1 goto fouten
echo.
echo Geen fouten: de rapporten worden gemaakt.
algoreg.exe rapporteer
if errorlevel 2 goto kapot
goto klaar
:fouten
echo.
echo Er zijn fouten. Elke organisatie krijgt haar bestand terug, met de fouten gemarkeerd.
algoreg.exe terugmelding
if errorlevel 2 goto kapot
goto klaar
:kapot
echo.
echo algoreg kon niet draaien. De melding staat hierboven.
goto einde
:klaar
if not exist reports mkdir reports
start "" explorer "%~dp0reports"
:einde
echo.
pause
