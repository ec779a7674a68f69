#!/usr/bin/env python3
"""Groups the stack samples of a JFR recording (scripts/benchmark-pages.sh --jfr FILE) by the code
they contain and prints the share of each group and the most frequent top frames.
Usage: scripts/jfr-profile.py FILE.jfr [FILE.jfr ...]   (needs the JDK's jfr tool)"""
import json, subprocess, sys
cats = {
 'Thymeleaf rendering (all)': ['org/thymeleaf/TemplateEngine.process'],
 'layout dialect decoration': ['nz/net/ultraq/thymeleaf/layoutdialect'],
 'message lookups': ['MessageSource.getMessage', 'AbstractMessageSource'],
 'Micrometer observations': ['io/micrometer/observation', 'io/micrometer/core', 'ObservationFilterChainDecorator$ObservationFilter.wrapFilter'],
 'Hibernate + JDBC': ['org/hibernate', 'org/postgresql'],
 'resource URL encoding': ['ResourceUrlProvider', 'ResourceUrlEncodingFilter$ResourceUrlEncodingResponseWrapper.encodeURL'],
 'Spring Session': ['org/springframework/session'],
 'logging': ['ch/qos/logback'],
 'CSRF tokens': ['csrf/', 'SecureRandom'],
}
for f in sys.argv[1:]:
    d = json.loads(subprocess.run(['jfr','print','--json','--stack-depth','200','--events','jdk.ExecutionSample',f],capture_output=True,text=True).stdout)
    ev = d['recording']['events']; n = len(ev)
    counts = {k:0 for k in cats}
    for e in ev:
        st = e['values'].get('stackTrace')
        if not st: continue
        frames = [fr['method']['type']['name'] + '.' + fr['method']['name'] for fr in st['frames']]
        for k, pats in cats.items():
            if any(p in fr for fr in frames for p in pats): counts[k] += 1
    print(f, n, 'samples')
    for k, v in counts.items(): print(f'  {k:30s} {100*v/max(n,1):5.1f}%  ({v})')
    top = {}
    for e in ev:
        st = e['values'].get('stackTrace')
        if st and st['frames']:
            fr = st['frames'][0]
            name = fr['method']['type']['name'] + '.' + fr['method']['name']
            top[name] = top.get(name, 0) + 1
    print('  most frequent top frames:')
    for name, v in sorted(top.items(), key=lambda kv: -kv[1])[:15]:
        print(f'    {100*v/max(n,1):5.1f}%  {name}')
