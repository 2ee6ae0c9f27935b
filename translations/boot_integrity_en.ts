<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChooseVmPage</name>
    <message numerus="yes">
        <source>Loading virtual machines… %n found so far.</source>
        <translation>
            <numerusform>Loading virtual machines… %n found so far.</numerusform>
            <numerusform>Loading virtual machines… %n found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) found.</source>
        <translation>
            <numerusform>%n virtual machine found.</numerusform>
            <numerusform>%n virtual machines found.</numerusform>
        </translation>
    </message>
</context>
</TS>
