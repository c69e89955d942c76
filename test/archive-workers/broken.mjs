// A worker that cannot start, like a broken build.
throw new Error('cannot load the pipeline');
